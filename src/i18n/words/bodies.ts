/** The words of the map across bodies (view=bodies): they ship with its chunk, not the first view. */
export const bodiesWords = {
  bodiesTitle: 'At how many bodies each country backed Taiwan in {year}',
  bodiesNote: 'Of the bodies with a list of supporters in {year}: {names}. Choose a country to see its support at each.',
  bodiesStep1: 'One body',
  bodiesStep2: 'Two bodies',
  bodiesStep3: 'Three bodies',
  bodiesStep4: 'Four or five bodies',
  bodiesNone: 'Named at none of them',
  bodiesDescribe: 'Backed Taiwan at {names}',
  bodiesLoading: 'Loading the other bodies…',
  bodiesKicker: 'Across international bodies · {year}',
  bodiesHeadline: 'Who backed Taiwan across international bodies in {year}',
  bodiesDek: 'Sources name {count} countries and territories at one body or more; {most} of them at four or five.',
};
