/** Settings and first-run setup: the organisation visitors come to see (name and logo), apart from the desk's own name. */
export const organisationEn = {
  section: 'Host organisation',
  name: 'Organisation name',
  namePlaceholder: 'e.g. Galaxy Technology Co., Ltd.',
  nameHint: 'The organisation visitors come to see: printed on welcome signs, itineraries and visitor badges',
  siteNameHint: "Where this desk is: shown in the title bar and on the sign-in screen. The organisation's name is asked separately",
  logo: 'Logo (optional)',
  logoHint: 'A PNG or JPEG image of up to {{kb}} KB, printed at the top of welcome signs and itineraries',
  chooseLogo: 'Choose an image…',
  replaceLogo: 'Replace image…',
  removeLogo: 'Remove logo',
  logoPreview: 'Logo preview',
  logoSize: '{{width}} × {{height}} px · {{kb}} KB',
  missingTitle: "Enter the host organisation's name",
  missing: 'Welcome signs, itineraries and badges now print the desk\'s name, "{{site}}". Once you enter the name of the organisation visitors come to see, printouts use it instead.',
  errors: {
    notImage: 'Only PNG or JPEG images can be used',
    tooLarge: 'The image is over the size limit: choose a smaller one',
    badSize: 'The image size does not suit a logo: width and height between 16 and 4096 pixels, no more than 10:1',
  },
};
