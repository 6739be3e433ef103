/*
 * Chrome styles, scoped by the shadow root so neither the host page nor we leak styles. Values the
 * loader sets at run time (the frame height, the agency's colours, radius and font) are custom
 * properties in a second sheet, never in style="".
 * On a phone the dialog takes the whole screen and the frame fills what the header leaves: the
 * widget's own document scrolls inside it. The dialog appears without animation: the loader's
 * 6 KB budget goes to what it does.
 */
export const CHROME_CSS = `:host{all:initial;display:block;--rb-height:420px;font:15px/1.4 var(--rb-font,system-ui,sans-serif);color:#1f2328}
[hidden]{display:none!important}
.box{position:relative;display:flex;flex-direction:column;min-height:0}
iframe{display:block;width:100%;height:var(--rb-height);border:0;background:transparent;color-scheme:normal}
.status{margin:0;padding:1rem}
.backdrop{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;background:rgba(17,20,24,.55)}
.dialog{display:flex;flex-direction:column;width:min(40rem,100% - 2rem);max-height:calc(100dvh - 2rem);background:var(--rb-bg,#fff);color:var(--rb-ink,#1f2328);border-radius:var(--rb-radius,12px);box-shadow:0 12px 40px rgba(0,0,0,.3);overflow:hidden}
.dialog .box{flex:1 1 auto}
.dialog iframe{min-height:0}
header{display:flex;align-items:center;justify-content:space-between;padding:.6rem .6rem .6rem 1rem;border-bottom:1px solid #8884}
h2{margin:0;font-size:1rem}
button{font:inherit;cursor:pointer;border:0}
.close{width:2.5rem;height:2.5rem;border-radius:8px;background:transparent;font-size:1.5rem;line-height:1;color:inherit}
.close:hover{background:#8882}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.launcher{position:fixed;right:1.25rem;bottom:1.25rem;z-index:2147482999;max-width:calc(100vw - 2.5rem);padding:.8rem 1.1rem;border-radius:999px;background:var(--rb-primary,#1f2328);color:var(--rb-on-primary,#fff);box-shadow:0 6px 20px rgba(0,0,0,.25)}
.sentinel{position:absolute;opacity:0}
@media (max-width:600px){.dialog{width:100%;height:100%;max-height:none;border-radius:0}.dialog iframe{flex:1 1 auto;height:auto;min-height:0;max-height:none}}`;
