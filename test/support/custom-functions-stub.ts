import { setBugHandler } from "../../src/functions/report-bug";

/**
 * A stand-in for the CustomFunctions global that Excel provides, so functions.ts imports in
 * plain Node. Errors keep their code and message so tests can assert them.
 */
export class StubCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associated = new Map<string, unknown>();

export function installCustomFunctionsStub(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StubCustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      gettingData: "#GETTING_DATA",
    },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  };
  // A bug in our code must fail the test, not pass as #VALUE!: rethrow what Excel would show.
  setBugHandler((error) => {
    throw error;
  });
}
