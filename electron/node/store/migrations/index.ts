import { migration001 } from './001-library';
import { migration002 } from './002-search-rows';

/**
 * Every migration in order; `user_version` records how many have run. Append only: a migration
 * that has shipped is never changed, so every database reaches the same schema (a snapshot of each
 * one and of the schema it leaves holds it to that).
 */
export const MIGRATIONS: readonly string[] = [migration001, migration002];
