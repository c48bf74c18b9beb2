// Mail bodies, plain text first (every client shows it) with a small HTML part.
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function confirmationMail(link: string) {
  return {
    subject: "Confirm your subscription to Inference Economics",
    text: [
      "Someone (we hope you) asked to receive the Inference Economics newsletter at this address.",
      "",
      `To confirm, open this link and press "Confirm subscription" (it expires in 48 hours):`,
      link,
      "",
      "If it was not you, ignore this message: without confirmation we will not write again.",
    ].join("\n"),
    html: `<p>Someone (we hope you) asked to receive the Inference Economics newsletter at this address.</p>
<p><a href="${escape(link)}">Confirm your subscription</a> (the link expires in 48 hours).</p>
<p>If it was not you, ignore this message: without confirmation we will not write again.</p>`,
  };
}

export function welcomeMail(siteUrl: string, unsubscribeUrl: string, latest?: { slug: string; title: string }) {
  const latestUrl = latest && `${siteUrl}/newsletter/${latest.slug}`;
  return {
    subject: "Welcome to Inference Economics",
    text: [
      "You are subscribed. Every Friday: the five stories on inference economics that matter, with the numbers.",
      "",
      ...(latest ? [`The latest issue, "${latest.title}": ${latestUrl}`, ""] : []),
      `Meanwhile, the glossary and calculators: ${siteUrl}/glossary`,
      "",
      `Unsubscribe at any time: ${unsubscribeUrl}`,
    ].join("\n"),
    html: `<p>You are subscribed. Every Friday: the five stories on inference economics that matter, with the numbers.</p>
${latest ? `<p>The latest issue: <a href="${escape(latestUrl!)}">${escape(latest.title)}</a>.</p>\n` : ""}<p>Meanwhile, <a href="${escape(siteUrl)}/glossary">the glossary and calculators</a>.</p>
<p><a href="${escape(unsubscribeUrl)}">Unsubscribe</a> at any time.</p>`,
  };
}

export function signInMail(link: string) {
  return {
    subject: "Your sign-in link for Inference Economics",
    text: [
      "Someone (we hope you) asked to sign in to Inference Economics with this address.",
      "",
      `To sign in, open this link and press "Sign in". It works once and expires in 24 hours:`,
      link,
      "",
      "If it was not you, ignore this message; nobody can sign in without the link.",
    ].join("\n"),
    html: `<p>Someone (we hope you) asked to sign in to Inference Economics with this address.</p>
<p><a href="${escape(link)}">Sign in</a> (the link works once and expires in 24 hours).</p>
<p>If it was not you, ignore this message; nobody can sign in without the link.</p>`,
  };
}
