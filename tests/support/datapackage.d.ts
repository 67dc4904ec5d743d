/** The parts of `datapackage` (Frictionless Data's reference library, untyped) the tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource;
  }
}
