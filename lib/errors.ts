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

/** Input that passed the schema but breaks a rule only the database can tell (duplicates, …). */
export class ValidationError extends DomainError {}
