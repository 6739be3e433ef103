// The widget's own entry (embed.html, served at /embed): only what the first question needs,
// fetched in one wave (Vite preloads its static imports), without the app's router and screens.
import "../styles/tokens.css";
import "../styles/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedRoute } from "./embed-route";

const root = document.getElementById("root");
if (!root) throw new Error("The widget could not find its #root element.");

createRoot(root).render(
  <StrictMode>
    <EmbedRoute />
  </StrictMode>,
);
