/** What the check process answers: the problems SQLite's check found (none: intact), or why it could not check. */
export type CheckAnswer = { problems: string[] } | { error: string };
