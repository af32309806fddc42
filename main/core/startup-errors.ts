/**
 * Why the desk could not start, told once for both shells: a stable code, the
 * file concerned, what is wrong and the way back, in Chinese first and English
 * second. Nothing here starts anything: the shells only print or show it.
 */

type Details = Record<string, string | number | null>;

interface Text {
  zh: string;
  en: string;
}

/** The way back for a lost or damaged database: a backup, named where there is one. */
/** An instant as this PC's local time to the minute, `YYYY-MM-DD HH:mm` (people read it, not programs). */
function localMinute(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? iso : `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function restoreHint(d: Details): Text {
  const folder = String(d.backupsDir);
  if (d.latestSnapshotAt) {
    const at = localMinute(String(d.latestSnapshotAt));
    return {
      zh: `恢复办法：最新的快照是 ${at}（在 ${folder}）。启动后的窗口提供“从备份恢复”：输入恢复口令即可恢复，原有文件会被移到一旁保留。`,
      en: `To recover: the newest snapshot is from ${at} (in ${folder}). The window offers "restore from a backup": type the recovery passphrase; the files there now are kept aside.`,
    };
  }
  if (d.latestBackup) {
    return {
      zh: `恢复办法：退出程序，把 ${d.file} 移到别处保存，再把最近的备份 ${d.latestBackup} 复制为 ${d.file}。备份在 ${folder}（升级前的自动备份）。也可以在窗口中从 U 盘或共享文件夹里的备份恢复。`,
      en: `To recover: quit, move ${d.file} somewhere safe, then copy the newest backup ${d.latestBackup} to ${d.file}. Backups are in ${folder} (the automatic one taken before an upgrade). The window can also restore from a backup on a USB disk or a share.`,
    };
  }
  return {
    zh: `${folder} 中没有快照。可以在窗口中从 U 盘或共享文件夹里的备份恢复（需要恢复口令），或联系管理员。`,
    en: `There is no snapshot in ${folder}. The window can restore from a backup on a USB disk or a share (with the recovery passphrase), or ask your administrator.`,
  };
}

const keyFileWayBack: Text = {
  zh: '请从这台电脑的备份中恢复该文件（它必须与数据库出自同一时间）。恢复口令只能配合这个文件使用，不能单独重建它。',
  en: 'Restore this file from a copy of this PC (taken together with the database). The recovery passphrase opens the key only together with this file; it cannot rebuild it.',
};

const join = (...parts: Text[]): Text => ({ zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') });

const MESSAGES = {
  DATA_DIR_IN_USE: (d: Details): Text => ({
    zh: `另一个接待台程序（进程 ${d.pid}）正在使用此数据文件夹。请先关闭它。如果确定没有其他接待台在运行，可删除 ${d.file} 后重新启动。`,
    en: `Another Reception Desk (process ${d.pid}) is using this data folder. Close it first. If you are sure no other Reception Desk is running, delete ${d.file} and start again.`,
  }),
  DATABASE_MISSING: (d: Details): Text =>
    join(
      {
        zh: `找不到数据库文件 ${d.file}，但此数据文件夹已经用过（有 ${d.evidence}）。程序不会新建空数据库，以免看似全新而丢失数据。`,
        en: `The database ${d.file} is missing, but this data folder has been used before (it holds ${d.evidence}). The app will not start afresh with an empty database.`,
      },
      restoreHint(d),
    ),
  DATABASE_EMPTY: (d: Details): Text =>
    join(
      {
        zh: `数据库文件 ${d.file} 是空的（${d.size} 字节），但此数据文件夹已经用过（有 ${d.evidence}）。程序不会把它当作新数据库使用。`,
        en: `The database ${d.file} is empty (${d.size} bytes), but this data folder has been used before (it holds ${d.evidence}). The app will not use it as a new database.`,
      },
      restoreHint(d),
    ),
  DATABASE_WITHOUT_USERS: (d: Details): Text =>
    join(
      {
        zh: `密钥文件 ${d.keyFile} 表明此前台已完成设置，但数据库 ${d.file} 中没有任何用户。可能是数据库被换成了空文件，也可能是旧版本的首次设置在磁盘已满时中断。`,
        en: `The key file ${d.keyFile} says this desk was set up, but the database ${d.file} holds no users. Either the database was replaced by an empty one, or a first-run setup of an older version was cut short by a full disk.`,
      },
      restoreHint(d),
      {
        zh: `如果这台电脑从未真正使用过接待台，可把 ${d.keyFile} 移走后重新启动并重新设置。`,
        en: `If this desk was never actually used, move ${d.keyFile} away and start again to set it up anew.`,
      },
    ),
  DATABASE_DAMAGED: (d: Details): Text =>
    join(
      {
        zh: `数据库文件 ${d.file} 已损坏（${d.problem}）。为避免写入损坏的文件，程序没有启动，文件未被改动。`,
        en: `The database ${d.file} is damaged (${d.problem}). The app did not start, so nothing was written into the damaged file; it was not changed.`,
      },
      restoreHint(d),
    ),
  DATABASE_TOO_NEW: (d: Details): Text => ({
    zh: `数据库 ${d.file} 由更新版本的接待台写入（结构版本 ${d.fileVersion}，本程序支持到 ${d.appVersion}）。请升级程序；文件未被改动。`,
    en: `The database ${d.file} was written by a newer Reception Desk (schema ${d.fileVersion}, this app knows ${d.appVersion}). Update the app; the file was not changed.`,
  }),
  MIGRATION_FAILED: (d: Details): Text => ({
    zh: `升级数据库 ${d.file} 后检查未通过（${d.problem}），程序没有启动。升级前的备份是 ${d.backup ?? `${d.backupsDir} 中最新的文件`}：请退出程序，把它复制为 ${d.file}，并联系技术支持。`,
    en: `After upgrading the database ${d.file} its check failed (${d.problem}), so the app did not start. The backup taken before the upgrade is ${d.backup ?? `the newest file in ${d.backupsDir}`}: quit, copy it to ${d.file}, and contact support.`,
  }),
  KEY_FILE_EMPTY: (d: Details): Text =>
    join({ zh: `密钥文件 ${d.file} 是空的（0 字节），可能是写入时断电或磁盘已满。`, en: `The key file ${d.file} is empty (0 bytes), probably cut off by a power loss or a full disk.` }, keyFileWayBack),
  KEY_FILE_TRUNCATED: (d: Details): Text =>
    join({ zh: `密钥文件 ${d.file} 不完整（只有 ${d.size} 字节，内容在中途断开）。`, en: `The key file ${d.file} is cut short (only ${d.size} bytes; its content stops midway).` }, keyFileWayBack),
  KEY_FILE_NOT_JSON: (d: Details): Text =>
    join({ zh: `密钥文件 ${d.file} 不是接待台的密钥文件（无法读取其内容）。`, en: `The key file ${d.file} is not a Reception Desk key file (its content cannot be read).` }, keyFileWayBack),
  KEY_FILE_NEWER: (d: Details): Text => ({
    zh: `密钥文件 ${d.file} 由更新版本的接待台写入（格式版本 ${d.version}）。请升级程序；文件未被改动。`,
    en: `The key file ${d.file} was written by a newer Reception Desk (format version ${d.version}). Update the app; the file was not changed.`,
  }),
  KEY_FILE_UNKNOWN_VERSION: (d: Details): Text =>
    join({ zh: `密钥文件 ${d.file} 的格式版本（${d.version}）无法识别。`, en: `The key file ${d.file} has a format version this app does not know (${d.version}).` }, keyFileWayBack),
  KEY_FILE_FIELD: (d: Details): Text =>
    join({ zh: `密钥文件 ${d.file} 中的 ${d.field} ${d.problemZh}。`, en: `In the key file ${d.file}, ${d.field} ${d.problem}.` }, keyFileWayBack),
  KEY_FILE_MISSING: (d: Details): Text =>
    join(
      {
        zh: `找不到密钥文件 ${d.file}，但数据库中已有 ${d.users} 个用户，说明此前台早已设置。没有它就无法读取加密的证件号码。`,
        en: `The key file ${d.file} is missing, but the database already holds ${d.users} users, so this desk was set up long ago. Without it the encrypted ID numbers cannot be read.`,
      },
      keyFileWayBack,
    ),
  KEY_FILE_CHECKSUM: (d: Details): Text =>
    join(
      {
        zh: `密钥文件 ${d.file} 已损坏：内容与写入时记录的校验值不符（磁盘上有数据位被改动）。这不是恢复口令的问题。`,
        en: `The key file ${d.file} is damaged: its content no longer matches the checksum written with it (bits changed on disk). This is not a passphrase problem.`,
      },
      keyFileWayBack,
    ),
  DEVICE_ID_DAMAGED: (d: Details): Text => ({
    zh: `本机标识文件 ${d.file} 已损坏（内容不是有效的标识，${d.size} 字节）。它只用于区分各台电脑写入的记录：请从这台电脑的备份中恢复它；如果没有备份，删除它后重新启动，程序会生成新的标识（已有记录不受影响）。`,
    en: `The device id file ${d.file} is damaged (its ${d.size} bytes are not a valid id). It only tells apart the records each PC wrote: restore it from a copy of this PC, or, without one, delete it and start again; a new id is made and existing records are not affected.`,
  }),
  UNREADABLE: (d: Details): Text => ({
    zh: `无法读取或写入 ${d.file}（${d.reason}）。请检查此文件和数据文件夹的权限，确保以安装接待台的同一用户运行。`,
    en: `${d.file} cannot be read or written (${d.reason}). Check the permissions of this file and of the data folder, and run Reception Desk as the user who set it up.`,
  }),
  DISK_FULL: (d: Details): Text => ({
    zh: `磁盘已满，接待台无法在 ${d.dataDir || '数据文件夹'} 中写入，未保存任何内容。请清理磁盘空间后重新启动。`,
    en: `The disk is full: Reception Desk cannot write in ${d.dataDir || 'the data folder'}, and nothing was saved. Free some disk space and start again.`,
  }),
  UNEXPECTED: (d: Details): Text => ({
    zh: `发生了意外错误：${d.message}。数据未被改动。请把这段文字发给技术支持。`,
    en: `An unexpected error occurred: ${d.message}. No data was changed. Send this text to support.`,
  }),
} satisfies Record<string, (d: Details) => Text>;

export type StartupErrorCode = keyof typeof MESSAGES;

/** A start-up failure with a stable code; its message is the Chinese text, then the English one. */
export class StartupError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly code: StartupErrorCode,
    readonly details: Details,
  ) {
    const text = MESSAGES[code](details);
    super(`${text.zh}\n${text.en}`);
    this.zh = text.zh;
    this.en = text.en;
    this.name = 'StartupError';
  }
}

export const STARTUP_FAILURE_TITLE = '接待台无法启动 / Reception Desk could not start';

function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/** Any error a start can end with, as a StartupError: known ones keep their code, the rest are UNEXPECTED. */
export function asStartupError(err: unknown, dataDir?: string): StartupError {
  if (err instanceof StartupError) return err;
  if (isDiskFull(err)) return new StartupError('DISK_FULL', { dataDir: dataDir ?? '' });
  const code = (err as { code?: unknown } | null)?.code;
  const path = (err as { path?: unknown } | null)?.path;
  if ((code === 'EACCES' || code === 'EPERM' || code === 'EROFS') && typeof path === 'string') {
    return new StartupError('UNREADABLE', { file: path, reason: String(code) });
  }
  return new StartupError('UNEXPECTED', { message: err instanceof Error ? err.message : String(err) });
}

/** What a shell shows: the title line, the code, then both languages. */
export function startupFailureText(err: unknown, dataDir?: string): { title: string; body: string; code: StartupErrorCode } {
  const known = asStartupError(err, dataDir);
  return { title: STARTUP_FAILURE_TITLE, body: `[${known.code}]\n${known.zh}\n\n${known.en}`, code: known.code };
}
