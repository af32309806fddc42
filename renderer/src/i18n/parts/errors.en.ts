import { pastVisitsEn } from './pastVisits.en';
import type { DeepStrings } from '../messages';
import { storageEn } from './storage.en';
import { organisationEn } from './organisation.en';
import type { errorsZh } from './errors.zh-CN';

/** Validation and errors: the contract's validation messages (`errors.`) and main's error codes (`codes.`). */
export const errorsEn: DeepStrings<typeof errorsZh> = {
  errors: {
    pastVisits: pastVisitsEn.errors,
    destruction: {
      notExpired: 'This item has not expired: it cannot be destroyed yet',
    },
    logo: organisationEn.errors,
    document: { ...storageEn.errors, rejectNote: 'Say why when rejecting' },
    invalid: 'Invalid input',
    report: {
      rangeTooLong: 'A report covers at most about ten years (3,700 days)',
    },
    datetime: {
      invalid: 'Enter a valid date and time',
    },
    plan: {
      departureBeforeArrival: 'Departure must be after arrival',
      cancelReason: 'Give a reason for cancelling',
      overrideReason: 'Give a reason for starting anyway',
    },
    checklist: {
      problemNote: 'Say what the problem is',
    },
    itinerary: {
      endBeforeStart: 'The end must be after the start',
    },
    team: {
      sameAsPrimary: 'The backup cannot be the primary',
    },
    guests: {
      duplicate: 'A guest can be on the list only once',
    },
    resource: {
      nameTaken: 'A room or vehicle with this name already exists',
    },
    quality: {
      notInspection: 'Choose an inspection template',
      judgedTwice: 'Each item is judged once',
      unjudged: 'Judge every item of the template (pass, fail or not applicable)',
      inFuture: 'This time is later than now',
    },
    feedback: {
      choiceOptions: 'A choice question needs at least two options',
      duplicateId: 'A question id appears twice',
      unknownQuestion: 'This question is not in the questionnaire',
      answeredTwice: 'A question is answered once',
      wrongKind: 'The answer does not fit the kind of question',
      oneChoice: 'Choose one option only',
      unanswered: 'Answer this required question',
      future: 'The time given is later than now',
    },    required: 'Required',
    tooLong: 'Too long',
    invalidChars: 'Contains invisible or control characters; remove them',
    invalidType: 'Invalid format',
    invalidOption: 'Choose a valid option',
    invalidId: 'Invalid record id',
    tooMany: 'Too many items',
    outOfRange: 'Out of range',
    phone: {
      invalid: 'Enter a valid mobile or landline number',
    },
    id: {
      length18: 'A resident ID number has 18 characters',
      format: 'The first 17 must be digits, the last a digit or X',
      region: 'The region code of this ID number is not valid',
      birthDate: 'The birth date in this ID number is not valid',
      checkDigit: 'The check digit does not match; compare with the card',
      passport: 'A passport number has 5–20 letters or digits',
      hkMacaoPermit: 'H or M followed by 8 or 10 digits',
      taiwanPermit: '8 or 10 digits',
      other: '3–30 letters or digits',
      belongsToAnother: 'This ID number belongs to another visitor record',
    },
    privacy: {
      required: 'The visitor must read and accept the notice first',
    },
    login: {
      format: 'Use only letters, digits, dots, dashes or underscores',
      tooShort: 'A login has at least 2 characters',
    },
    password: {
      tooShort: 'At least 8 characters',
      weak: 'Use both letters and digits',
      wrongCurrent: 'The current password is not correct',
      same: 'The new password must differ from the current one',
      mismatch: 'The two passwords do not match',
    },
    user: {
      inactive: 'This user does not exist or is deactivated and cannot take work',
    },
    roles: {
      required: 'Choose at least one role',
    },
    reason: {
      required: 'Give a reason (at least 2 characters)',
    },
    identityReason: {
      required: 'Enter a reason for the update (at least 2 characters)',
    },
    email: {
      invalid: 'Enter a valid email address',
    },
    tags: {
      tooMany: 'Up to 20 tags',
    },
    client: {
      nameTaken: 'A client with this name already exists',
      notFound: 'This client does not exist or was archived',
      vipManager: 'A VIP client needs an account manager who is a user',
      managerUnknown: 'The account manager must be an active user',
    },
    followup: {
      stepOrder: 'List the steps by their day, earliest first',
      ownerUnknown: 'The owner must be an active user',
      postponeDay: 'Choose a day after the planned one, and not before today',
      stepClosed: 'This step is already done or skipped',
      cancelled: 'This follow-up was cancelled',
      templateNotFound: 'No such follow-up template',
      planNotFound: 'No such visit plan',
      stepNotFound: 'This step is not part of the follow-up',
      careNotFound: 'No such care reminder',
      careWindow: 'Care reminders are shown for at most a year at a time',
    },
    merge: {
      sameRecord: 'A record cannot be merged into itself',
    },
    date: {
      invalid: 'Enter a valid date (not after today)',
      format: 'Dates are YYYY-MM-DD',
      notReal: 'This day does not exist; enter a real date between 1800 and 2999',
      rangeReversed: 'The end date cannot be before the start date',
    },
    recovery: {
      mismatch: 'This does not match the passphrase shown; compare it word by word',
    },
    time: {
      invalid: 'Enter a valid time (HH:mm)',
      format: 'Use 24-hour HH:mm, e.g. 12:30',
    },
    incident: {
      tiersIncomplete: 'Every urgency needs a rule',
      workDayOrder: 'The working day must end after it starts',
      reopenNote: 'Say why the incident is reopened',
      callBackScore: 'Give a satisfaction score when the visitor was reached',
    },
    folder: {
      notAbsolute: 'Type the full folder path, e.g. E:\\Backup or /media/usb',
    },
    archive: {
      classNotFound: 'No such document class (or it is archived)',
      folderArchived: 'That folder is archived: no new subfolders',
      folderNotFound: 'No such folder (or it is archived)',
      lowerConfidential: 'Only someone who may see confidential documents may lower their level',
      otherDocument: 'Only two versions of the same document can be compared',
      ownVersion: 'You cannot decide a version you submitted: another manager must',
      tooDeep: 'The archive tree has three levels (business type / client tier / project stage)',
      versionDecided: 'That version has already been decided',
      linkNotFound: 'The linked record does not exist',
    },
  },
  codes: {
    VALIDATION: 'Some fields need attention',
    UNKNOWN_CHANNEL: 'App versions do not match; restart the desk',
    PAYLOAD_TOO_LARGE: 'Too much data in one request',
    UNAUTHORIZED: 'Please sign in first',
    FORBIDDEN: 'Your role is not allowed to do this',
    SEALED: 'The data is not open yet; enter the recovery passphrase first',
    SETUP_REQUIRED: 'Complete the first-run setup first',
    LOCKED: 'The desk is locked; enter your password to unlock',
    PASSWORD_CHANGE_REQUIRED: 'Change your password first',
    INVALID_CREDENTIALS: 'Wrong login or password',
    ACCOUNT_LOCKED: 'Too many attempts; try again later',
    WRONG_PASSPHRASE: 'That recovery passphrase is not correct',
    NOT_FOUND: 'Record not found',
    CONFLICT: 'This conflicts with an existing record',
    ALREADY_CHECKED_OUT: 'This visitor has already checked out',
    NOT_CHECKED_OUT: 'This visitor has not checked out',
    ALREADY_PRINTED: 'This badge was printed before',
    PRINTER_UNAVAILABLE: 'The printer is not available; check it or choose another in Settings',
    PRINT_FAILED: 'Printing failed; check the printer and try again',
    STORAGE_FULL: 'The disk is full; nothing was saved',
    BACKUP_DAMAGED: 'The backup snapshot is damaged or was changed; nothing was restored',
    FOLDER_UNUSABLE: 'This folder cannot be used for backups',
    INTERNAL: 'Something went wrong; nothing was changed. Try again',
    KIOSK: 'The desk is in feedback kiosk mode; a staff member must sign in first',
  },
};
