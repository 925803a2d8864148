import { formFields } from "@/lib/action";

/** What a server action receives: the browser's form, or an object when called from code. */
export type Input = FormData | Record<string, unknown>;

/** The posted fields (the last of a repeated name wins); null when the request is not a form or an object. */
export function fieldsOf(form: Input): Record<string, unknown> | null {
  if (!(form instanceof FormData)) return formFields(form);
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (!key.startsWith("$ACTION")) out[key] = value;
  return out;
}

/** The JSON object in the "payload" field (or the object itself when called with one); null when malformed. */
export function payloadOf(form: Input): Record<string, unknown> | null {
  const fields = fieldsOf(form);
  if (!fields) return null;
  if (!("payload" in fields)) return form instanceof FormData ? null : fields;
  if (typeof fields.payload !== "string") return null;
  try {
    const value: unknown = JSON.parse(fields.payload);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
