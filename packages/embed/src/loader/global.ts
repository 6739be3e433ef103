import { takeOver } from "./take-over.js";

/* Entry of dist/loader.js, served at /embed/v1/loader.js. */
takeOver((document.currentScript as HTMLScriptElement | null)?.src);
