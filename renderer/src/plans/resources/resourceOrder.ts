import { RESOURCE_KINDS, type Resource } from '../../../../contract/plans';

/** Rooms first, then vehicles, then the rest; by name within each, as a Chinese list is read. */
export function byKindThenName(a: Resource, b: Resource): number {
  return RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN');
}
