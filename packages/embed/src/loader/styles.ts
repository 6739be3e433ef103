/*
 * Chrome styles, scoped by the shadow root so neither the host page nor we leak styles. Values the
 * loader changes at run time (the frame height) live in a second sheet, never in style="".
 */
export const CHROME_CSS = `
:host{all:initial;display:block;--rb-height:420px;font:15px/1.4 system-ui,sans-serif;color:#1f2328}
[hidden]{display:none!important}
.box{position:relative}
iframe{display:block;width:100%;height:var(--rb-height);border:0;background:transparent;color-scheme:normal}
.status{margin:.5rem 0;color:#8a1c1c}
.backdrop{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;background:rgba(17,20,24,.55);animation:rb-fade .16s ease-out}
.dialog{position:relative;display:flex;flex-direction:column;width:min(40rem,100% - 2rem);max-height:calc(100dvh - 2rem);background:#fff;border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.3);overflow:hidden;animation:rb-rise .2s ease-out}
.dialog iframe{max-height:calc(100dvh - 5.5rem)}
header{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:.6rem .6rem .6rem 1rem;border-bottom:1px solid #e3e6ea}
h2{margin:0;font-size:1rem;font-weight:600}
button{font:inherit;cursor:pointer}
.close{width:2.5rem;height:2.5rem;border:0;border-radius:8px;background:transparent;font-size:1.5rem;line-height:1;color:inherit}
.close:hover{background:#eef0f3}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.launcher{position:fixed;right:1.25rem;bottom:1.25rem;z-index:2147482999;display:flex;align-items:center;gap:.5rem;padding:.8rem 1.1rem;border:0;border-radius:999px;background:#1f2328;color:#fff;box-shadow:0 6px 20px rgba(0,0,0,.25);transition:transform .15s}
.launcher:hover{transform:translateY(-2px)}
.sentinel{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
@media (max-width:600px){.dialog{width:100%;height:100%;max-height:none;border-radius:0}.dialog iframe{flex:1;max-height:none;height:auto}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}.launcher:hover{transform:none}}
@keyframes rb-fade{from{opacity:0}}
@keyframes rb-rise{from{opacity:0;transform:translateY(12px)}}
`;
