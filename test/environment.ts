import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';
import { bindBuiltins } from './helpers/bind-builtins';

/**
 * jest's node environment, with the builtins bound once in each test file's context before any
 * module is loaded (test/helpers/bind-builtins.ts says why: global lookups there are slow).
 */
export default class BoundBuiltinsEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    bindBuiltins(this.getVmContext() as object);
  }
}
