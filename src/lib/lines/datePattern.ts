/** A date as Chinese news sites write it: `2015-04-29`, `2015/4/29`, `2015年4月29日`; groups are year, month, day. */
export const datePattern = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
