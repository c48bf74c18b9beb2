"use client";

// The header's account control. Pages stay static: the session is read in the browser from Auth.js's
// session endpoint. Without JavaScript the header offers "Sign in", and private pages still check the
// session on the server.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { signOutAction } from "@/lib/actions/auth";
import styles from "./account-menu.module.css";

type SessionInfo = { user?: { email?: string | null }; isAdmin?: boolean } | null;

export function AccountMenu() {
  const [session, setSession] = useState<SessionInfo>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: SessionInfo) => live && setSession(s?.user ? s : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);

  if (!session?.user) {
    return (
      <Link className="quiet" href="/signin">
        Sign in
      </Link>
    );
  }
  return (
    <div className={styles.menu} ref={root}>
      <button
        ref={button}
        type="button"
        className="quiet"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        Account
      </button>
      <div id={`${id}-menu`} className={styles.panel} hidden={!open}>
        <p className={`muted ${styles.email}`}>{session.user.email}</p>
        <ul>
          <li>
            <Link href="/scenarios">My scenarios</Link>
          </li>
          {session.isAdmin && (
            <li>
              <Link href="/newsletter/admin">Newsletter admin</Link>
            </li>
          )}
        </ul>
        <form action={signOutAction}>
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
