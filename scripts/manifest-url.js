// The manifest in the repository points at the development server; the build writes a copy that points
// at the production host. One setting decides it: the environment variable BAOCAO_PUBLIC_URL.
'use strict';

const { URL } = require('node:url');

const DEV_URL = 'https://localhost:3000/';
/** A placeholder: the staff who host the add-in set BAOCAO_PUBLIC_URL to their own address. */
const DEFAULT_PUBLIC_URL = 'https://baocao.example.gov.vn/';

/**
 * Checks and normalizes the public base URL: absolute https (Office loads add-ins only over https),
 * no query or fragment, ending in '/' so that file names can be appended.
 * @param {string} url
 * @returns {string}
 */
function normalizePublicUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`BAOCAO_PUBLIC_URL is not an absolute URL: "${url}". Example: ${DEFAULT_PUBLIC_URL}`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`BAOCAO_PUBLIC_URL must use https (Office loads add-ins only over https): "${url}".`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`BAOCAO_PUBLIC_URL must not have a query or fragment: "${url}".`);
  }
  return parsed.origin + (parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`);
}

/** The public base URL for this build: BAOCAO_PUBLIC_URL from `env`, or the placeholder. */
function publicUrlFromEnv(env = process.env) {
  return normalizePublicUrl(env.BAOCAO_PUBLIC_URL || DEFAULT_PUBLIC_URL);
}

/**
 * Rewrites every development URL in the manifest to the public one. A URL followed by a path
 * (https://localhost:3000/taskpane.html) keeps its path under the public base; a bare origin (the
 * AppDomain entry) becomes the public origin, since AppDomain holds origins only.
 * @param {string} xml manifest text
 * @param {string} publicUrl base URL, for example https://host.example/baocao/
 * @returns {string}
 */
function withPublicUrl(xml, publicUrl) {
  const base = normalizePublicUrl(publicUrl);
  const origin = new URL(base).origin;
  const devOrigin = DEV_URL.slice(0, -1);
  return xml.split(DEV_URL).join(base).split(devOrigin).join(origin);
}

module.exports = { DEV_URL, DEFAULT_PUBLIC_URL, normalizePublicUrl, publicUrlFromEnv, withPublicUrl };
