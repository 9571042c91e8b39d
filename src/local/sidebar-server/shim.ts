import { SIDEBAR_FUNCTIONS } from '../../core/sidebar/api';

/**
 * `google.script.run` for the preview, as Apps Script defines it: one enumerable function per
 * server function (gas-client lists them), withSuccessHandler / withFailureHandler returning a
 * new runner, and the call made asynchronously, here as POST /api/<name> with the arguments as
 * JSON. Answers are parsed as JSON, never evaluated. Failures reach the handler as an Error.
 */
export function shimScript(): string {
  const names = JSON.stringify(SIDEBAR_FUNCTIONS);
  return `(function () {
  var names = ${names};
  function runner(onSuccess, onFailure) {
    var run = {
      withSuccessHandler: function (f) { return runner(f, onFailure); },
      withFailureHandler: function (f) { return runner(onSuccess, f); },
      withUserObject: function () { return runner(onSuccess, onFailure); }
    };
    names.forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/api/' + name, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
          .then(function (response) { return response.json(); })
          .then(function (answer) {
            if (answer && answer.ok) { if (onSuccess) onSuccess(answer.value); }
            else if (onFailure) onFailure(new Error(answer && answer.error ? answer.error : 'error'));
          })
          .catch(function (error) { if (onFailure) onFailure(error); });
      };
    });
    return run;
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();`;
}
