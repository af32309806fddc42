import { maskIdNumber, normalizeIdNumber } from '../../contract/id-documents';
import type { ServiceContext } from '../../main/core/context';
import { nameKeys, type NameKeys } from '../../main/search/pinyin';
import { sealIdNumber } from '../../main/services/people/id-numbers';
import { visitorPhone } from './contacts';
import { idDocumentFor } from './id-numbers';
import { personName, type GeneratedName } from './names';
import { uuidV7At, type Random } from './random';
import type { BulkStore } from './store';

/** What a visit, an audit entry or a sample needs of a person. */
export interface PersonInfo {
  rowid: number;
  id: string;
  name: string;
  company: string;
  phone: string;
  idMasked: string | null;
}

export interface NewPerson {
  name: GeneratedName;
  company: string;
  phone?: string;
  clientId?: string | null;
  title?: string;
  email?: string;
  dietary?: string;
  birthday?: string | null;
  /** Contacts filed by a coordinator often lack an ID number; visitors show one at the desk. */
  idChance?: number;
}

/** Pinyin keys of names already seen: common names repeat thousands of times, and the reader is the slow part. */
const KEY_CACHE_MAX = 300_000;

/**
 * Writes people rows as the people service does: the app's own pinyin keys,
 * phones in stored form, and ID numbers sealed by the app's own sealIdNumber
 * under the desk's data key (ciphertext bound to the row, mask, blind index).
 * One ID number and one mobile belong to one person.
 */
export class PeopleWriter {
  private readonly keys = new Map<string, NameKeys>();
  private readonly idNumbers = new Set<string>();
  private readonly mobiles = new Set<string>();
  private readonly lookup;
  private readonly setPhone;
  created = 0;

  constructor(
    private readonly store: BulkStore,
    private readonly random: Random,
    private readonly sealing: ServiceContext,
    private readonly deviceId: string,
  ) {
    this.lookup = store.prepare('SELECT rowid, id, name, company, phone, id_number_mask AS idMasked FROM people WHERE rowid = ?');
    this.setPhone = store.prepare('UPDATE people SET phone = ?, updated_at = ?, device_id = ? WHERE rowid = ?');
  }

  private keysOf(name: string): NameKeys {
    let k = this.keys.get(name);
    if (!k) {
      k = nameKeys(name);
      if (this.keys.size < KEY_CACHE_MAX) this.keys.set(name, k);
    }
    return k;
  }

  /** A phone no one else on file has (landlines may be shared: a switchboard serves many). */
  uniquePhone(): string {
    for (;;) {
      const phone = visitorPhone(this.random);
      if (!/^1\d{10}$/.test(phone)) return phone;
      if (!this.mobiles.has(phone)) {
        this.mobiles.add(phone);
        return phone;
      }
    }
  }

  private idDocument(at: Date, name: GeneratedName, chance: number) {
    if (!this.random.chance(chance)) return null;
    for (;;) {
      const doc = idDocumentFor(this.random, at, name.male, name.kind === 'latin');
      if (!doc) return null;
      const normalized = normalizeIdNumber(doc.idNumber);
      if (!this.idNumbers.has(normalized)) {
        this.idNumbers.add(normalized);
        return doc;
      }
    }
  }

  create(at: number, person: NewPerson): PersonInfo {
    const id = uuidV7At(at, this.random);
    const stamp = new Date(at).toISOString();
    const keys = this.keysOf(person.name.name);
    const doc = this.idDocument(new Date(at), person.name, person.idChance ?? 1);
    const sealed = doc ? { id_type: doc.idType, ...columnsOf(sealIdNumber(this.sealing, id, doc.idNumber)) } : { id_type: null, id_number_enc: null, id_number_mask: null, id_number_index: null };
    const phone = person.phone ?? this.uniquePhone();
    const rowid = this.store.insert('people', {
      id,
      created_at: stamp,
      updated_at: stamp,
      device_id: this.deviceId,
      name: person.name.name,
      name_pinyin: keys.full,
      name_initials: keys.initials,
      company: person.company,
      phone,
      ...sealed,
      client_id: person.clientId ?? null,
      title: person.title ?? '',
      email: person.email ?? '',
      dietary: person.dietary ?? '',
      birthday: person.birthday ?? null,
    });
    this.created++;
    return { rowid, id, name: person.name.name, company: person.company, phone, idMasked: doc ? maskIdNumber(normalizeIdNumber(doc.idNumber)) : null };
  }

  /** A new visitor as the desk registers one: a name, often a company, a phone, an ID shown. */
  createVisitor(at: number, company: string, clientId: string | null): PersonInfo {
    return this.create(at, { name: personName(this.random), company, clientId });
  }

  byRowid(rowid: number): PersonInfo {
    return this.lookup.get(rowid) as PersonInfo;
  }

  /** A returning visitor's record takes a new phone (the desk chose "update the record"). */
  changePhone(person: PersonInfo, at: number): string {
    const phone = this.uniquePhone();
    this.setPhone.run(phone, new Date(at).toISOString(), this.deviceId, person.rowid);
    this.store.tick();
    return phone;
  }
}

function columnsOf(sealed: ReturnType<typeof sealIdNumber>) {
  return { id_number_enc: sealed.idNumberEnc, id_number_mask: sealed.idNumberMask, id_number_index: sealed.idNumberIndex };
}
