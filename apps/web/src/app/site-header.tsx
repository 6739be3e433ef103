import { interviewHref } from "../state/interviews";
import { useCurrentDebrief } from "../state/current-debrief";
import { Link } from "./link";
import type { Route } from "./router";
import "./site-header.css";

const LINKS = [
  { href: "/plan", label: "Plan", route: "plan" },
  { href: "/drafts", label: "Drafts", route: "drafts" },
  { href: "/journal", label: "Journal", route: "journal" },
] as const;

export function SiteHeader({ route }: { route: Route }) {
  const { session } = useCurrentDebrief();
  return (
    <header className="rb-header">
      <a className="rb-skip-link" href="#main">
        Skip to content
      </a>
      <Link className="rb-header__brand" href="/">
        Rebound
      </Link>
      <nav aria-label="Main">
        <ul className="rb-header__links">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link
                href={link.route === "journal" ? link.href : interviewHref(link.href, session.id)}
                aria-current={route.name === link.route ? "page" : undefined}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
