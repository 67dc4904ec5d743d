/**
 * The words of the detail panel, the table and the search results, in both languages. Those
 * features are chunks of their own, so their words are not in the first download: importing
 * this module registers them with translate() (as shareMessages.ts does for sharing).
 */
import { registerMessages } from './messages.ts';

const en = {
  panelClose: 'Close',
  panelNoSupport: 'No support recorded for {year}.',
  panelHistoryNone: 'No support recorded in other years.',
  panelSources: 'Sources',
  stated: 'Stated by the source',
  inferred: 'Inferred',
  inferredWhy: 'Inferred: {why}',
  via: 'Through {org}',
  scopeInterpol: 'Names INTERPOL',
  scopeGeneral: 'On international organisations in general',
  scopeUnknown: 'Whether it names INTERPOL is not verified',
  undated: 'Date not given',
  tableCaption: 'Supporters in {year} matching the filters',
  colName: 'Name',
  colKind: 'Kind',
  colTypes: 'Support types',
  colActions: 'Actions',
  colSources: 'Sources',
  tableEmpty: 'No supporter matches these filters.',
  kindCountry: 'Country',
  kindTerritory: 'Territory',
  kindOrganisation: 'Organisation',
  kindPlace: 'Place without ISO code',
  searchNoResults: 'No match',
  panelEdition: 'Support in {year}',
  panelAlsoSupported: 'Also supported in',
  by: 'By {by}',
  quantityExact: '{value}',
  quantityOver: 'over {value}',
  quantityAbout: 'about {value}',
  quantityOutOf: '{count} of {outOf}',
  groupCount: 'Number reported: {count}',
  tableCaptionFilters: 'with {match}: {types}',
  searchResultsCount: '{count} matches',
  searchResultsOne: '1 match',
};

export type DetailMessageKey = keyof typeof en;

const zhTW: Record<DetailMessageKey, string> = {
  panelClose: '關閉',
  panelNoSupport: '{year}年無支持紀錄。',
  panelHistoryNone: '其他年度無支持紀錄。',
  panelSources: '出處',
  stated: '出處明載',
  inferred: '推定',
  inferredWhy: '推定：{why}',
  via: '透過{org}',
  scopeInterpol: '明確提及國際刑警組織',
  scopeGeneral: '泛指參與國際組織',
  scopeUnknown: '是否提及國際刑警組織尚未查證',
  undated: '未載日期',
  tableCaption: '{year}年符合篩選條件的支持者',
  colName: '名稱',
  colKind: '類別',
  colTypes: '支持類型',
  colActions: '行動數',
  colSources: '出處數',
  tableEmpty: '沒有符合篩選條件的支持者。',
  kindCountry: '國家',
  kindTerritory: '地區',
  kindOrganisation: '組織',
  kindPlace: '無 ISO 代碼之地',
  searchNoResults: '查無結果',
  panelEdition: '{year}年的支持',
  panelAlsoSupported: '其他支持年度',
  by: '行動者：{by}',
  quantityExact: '{value}',
  quantityOver: '超過{value}',
  quantityAbout: '約{value}',
  quantityOutOf: '{outOf}中的{count}',
  groupCount: '報導數目：{count}',
  tableCaptionFilters: '具有{match}：{types}',
  searchResultsCount: '{count}筆結果',
  searchResultsOne: '1筆結果',
};

registerMessages('en', en);
registerMessages('zh-TW', zhTW);
