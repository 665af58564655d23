/**
 * Errors the data layer throws on purpose. The action wrapper and route handlers turn each into a
 * message for the user (never a 500); anything else is a bug and is logged.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    /** The form field the message belongs next to, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The actor may not do this (or may not know the thing exists). */
export class AccessDeniedError extends DomainError {}

export class NotFoundError extends DomainError {}

/** Someone else saved first: the version the user's edit was based on is no longer current. */
export class ConflictError extends DomainError {}

/**
 * Someone else saved the same section since the user's edit was based on it. Carries who and when,
 * and the section's current version; the action layer adds the section's current values so the page
 * can compare them with the user's, field by field.
 */
export class SectionConflictError extends ConflictError {
  constructor(
    message: string,
    readonly conflict: { version: number; savedBy: string; savedAt: string },
  ) {
    super(message);
  }
  /** The section's current values in the form's shape, added by the action layer (lib/action.ts). */
  theirs?: unknown;
}

/** Input that passed the schema but breaks a rule only the database can tell (duplicates, …). */
export class ValidationError extends DomainError {}
