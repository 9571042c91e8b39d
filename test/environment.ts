import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';
import { disableAsyncStorages, trackAsyncStorages } from './helpers/async-storages';
import { bindBuiltins } from './helpers/bind-builtins';

trackAsyncStorages();

/**
 * jest's node environment, with the builtins bound once in each test file's context before any
 * module is loaded (test/helpers/bind-builtins.ts says why: global lookups there are slow), and
 * the file's AsyncLocalStorages disabled when it is done (test/helpers/async-storages.ts).
 */
export default class BoundBuiltinsEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    bindBuiltins(this.getVmContext() as object);
  }

  override async teardown(): Promise<void> {
    disableAsyncStorages();
    await super.teardown();
  }
}
