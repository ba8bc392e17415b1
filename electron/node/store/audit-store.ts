import type { AuditEntry } from '../../shared/library-api';
import type { StoreConnection } from './store-connection';

/** The audit log, read back; every change writes its entry through the store connection. */
export class AuditStore {
  constructor(private readonly c: StoreConnection) {}

  auditLog(limit: number): AuditEntry[] {
    return this.c.read(() =>
      (
        this.c.sql('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit) as {
          at: string;
          actor: string;
          action: string;
          entity: string;
          entity_id: number | null;
          detail: string | null;
        }[]
      ).map((a) => ({
        at: a.at,
        actor: a.actor,
        action: a.action,
        entity: a.entity,
        entityId: a.entity_id,
        detail: a.detail,
      })),
    );
  }
}
