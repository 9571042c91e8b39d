/** Session and its users. */
import type { CallCounter } from './counter';
import type { Faked } from './types';

export class FakeUser implements Faked<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
}

export type SessionOptions = {
  /** '' models a consumer account that does not reveal the active user's email. */
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  scriptTimeZone?: string;
  locale?: string;
};

export class FakeSession
  implements
    Faked<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale'
    >
{
  activeUserEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  locale: string;

  constructor(
    private readonly counter: CallCounter,
    opts: SessionOptions = {},
  ) {
    this.activeUserEmail = opts.activeUserEmail ?? 'user@example.com';
    this.effectiveUserEmail = opts.effectiveUserEmail ?? this.activeUserEmail;
    this.scriptTimeZone = opts.scriptTimeZone ?? 'Asia/Bishkek';
    this.locale = opts.locale ?? 'ru';
  }

  getActiveUser(): FakeUser {
    this.counter.hit('Session.getActiveUser');
    return new FakeUser(this.activeUserEmail);
  }
  getEffectiveUser(): FakeUser {
    this.counter.hit('Session.getEffectiveUser');
    return new FakeUser(this.effectiveUserEmail);
  }
  getScriptTimeZone(): string {
    this.counter.hit('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    this.counter.hit('Session.getActiveUserLocale');
    return this.locale;
  }
}
