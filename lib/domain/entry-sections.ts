/**
 * The entry sections of a report (the pages a clerk fills in), in the order of the overview page.
 * Not to be confused with the explanation sections of the disclosure (一、收入支出决算总体情况说明 …),
 * which are a field of the template (lib/disclosure/templates).
 */
export const ENTRY_SECTIONS = [
  { key: "profile", path: "profile", title: "部门概况", description: "部门职责、机构设置、编制和实有人数" },
  {
    key: "functionLines",
    path: "function-lines",
    title: "收入支出（功能分类）",
    description: "按项级科目填列收入、支出、结转结余、年初预算和上年决算数",
  },
  {
    key: "economicLines",
    path: "economic-lines",
    title: "基本支出（经济分类）",
    description: "一般公共预算财政拨款基本支出，分人员经费和公用经费",
  },
  { key: "threePublic", path: "three-public", title: "“三公”经费", description: "年初预算、决算、上年决算及实物量" },
  {
    key: "otherMatters",
    path: "other-matters",
    title: "其他事项",
    description: "机关运行经费、会议费、培训费、政府采购、国有资产",
  },
  {
    key: "funds",
    path: "funds",
    title: "政府性基金 / 国有资本经营",
    description: "有此项收支时在功能分类中填列；没有时作出说明",
  },
  { key: "performance", path: "performance", title: "绩效自评", description: "项目绩效自评和部门绩效评价" },
  {
    key: "explanations",
    path: "explanations",
    title: "说明（主要原因）",
    description: "每项变动和预算差异的主要原因",
  },
  { key: "glossary", path: "glossary", title: "名词解释", description: "公开文本末尾的名词解释" },
] as const;

export type EntrySectionKey = (typeof ENTRY_SECTIONS)[number]["key"];
