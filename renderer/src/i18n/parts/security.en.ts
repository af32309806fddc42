import type { DeepStrings } from '../messages';
import type { securityZh } from './security.zh-CN';

/** The data security screen: how the key is protected, and key rotation. */
export const securityEn: DeepStrings<typeof securityZh> = {
  security: {
    title: 'Data security',
    rotate: 'Rotate data key',
    rotateTitle: 'Rotate the data key',
    rotateConfirm: 'Start rotation',
    cancel: 'Cancel',
    rotateExplain: 'A new data key is made and every ID number is re-encrypted with it in the background. The desk keeps working; if the PC shuts down midway, the rotation carries on at the next start. The new key is protected by the recovery passphrase too, so enter it here.',
    recoveryPassphrase: 'Recovery passphrase',
    passphraseRequired: 'Enter the recovery passphrase',
    wrongPassphrase: 'That is not the recovery passphrase',
    rotationStarted: 'Rotation started; re-encrypting in the background',
    protection: 'Key protection',
    osKeychain: 'OS keychain + recovery passphrase',
    osKeychainHint: 'This PC opens the data by itself at start; the recovery passphrase restores a backup on another PC.',
    passphraseOnly: 'Recovery passphrase only',
    passphraseOnlyHint: 'This PC has no usable OS keychain, so every start asks for the recovery passphrase.',
    currentKey: 'Current key',
    keyGeneration: 'Generation {{n}}',
    sealedValues: 'Encrypted sensitive values',
    rotatingProgress: 'Re-encrypting: {{done}} / {{total}}',
    allSealed: '{{total}} in all, every one under the current key',
  },
};
