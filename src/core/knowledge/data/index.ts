// The bundled data set: JSON files validated by `knowledgeFileSchema` in the unit tests and at load.
import core from "./core.json";

export const bundledFiles: readonly unknown[] = [core];
