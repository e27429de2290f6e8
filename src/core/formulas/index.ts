export * from "./add-in-functions";
