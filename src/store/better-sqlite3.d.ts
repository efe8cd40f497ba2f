// Minimal typings for the parts of better-sqlite3 the migrator uses (@types/better-sqlite3 is not
// installed at the top level; the Prisma adapter brings the driver itself).
declare module "better-sqlite3" {
  namespace Database {
    interface Statement {
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
    }
    interface Database {
      readonly inTransaction: boolean;
      exec(sql: string): this;
      prepare(sql: string): Statement;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      close(): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
  }
  const Database: new (filename: string, options?: Database.Options) => Database.Database;
  export default Database;
}
