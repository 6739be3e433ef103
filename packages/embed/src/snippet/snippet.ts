import { installStub } from "./install-stub.js";

/*
 * The paste-in snippet. Works both inline (`<script data-rebound-origin="https://…">…</script>`)
 * and as `<script src="https://…/embed/v1/snippet.js">`: the origin comes from the attribute,
 * otherwise from the script's own URL. A CSP nonce on this script is passed on to the loader's.
 */
const me = document.currentScript as HTMLScriptElement | null;
const origin =
  me?.getAttribute("data-rebound-origin") ?? (me?.src ? new URL(me.src).origin : location.origin);
installStub(origin, me?.nonce);
