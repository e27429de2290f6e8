import { configureProperties } from "./properties";

configureProperties();
