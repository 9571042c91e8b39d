/**
 * Form publishing, which @types/google-apps-script does not declare yet. Forms created by
 * FormApp after 30 June 2026 start unpublished and take no response until published
 * (https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean),
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      /** Publishes or unpublishes the form; publishing also makes it accept responses. */
      setPublished(enabled: boolean): Form;
      /** Whether the form is published (responders can open it). */
      isPublished(): boolean;
    }
  }
}
