import { z } from "zod";
import { zPlainText } from "../text";

const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

const ZTemplateId = z
  .string()
  .trim()
  .regex(TEMPLATE_ID, { error: "模板编号只能用小写字母、数字和“-”，2到64个字符，如 shanghai-2025" });

/** An existing template, chosen from a list: anything not shaped like a template id is none of them. */
const zChosenTemplate = (empty: string) =>
  z.string().trim().min(1, { error: empty }).regex(TEMPLATE_ID, { error: "没有这个公开模板" });

/** 派生新模板: from an existing template, for another year or region. */
export const ZDeriveTemplate = z.object({
  fromId: zChosenTemplate("请选择作为基础的模板"),
  id: ZTemplateId,
  name: zPlainText().trim().min(1, { error: "请填写模板名称" }).max(200, { error: "最多200字" }),
  region: zPlainText().trim().min(1, { error: "请填写适用地区" }).max(40, { error: "最多40字" }),
  year: z
    .number({ error: "请填写年度" })
    .int({ error: "年度须为整数" })
    .min(2015, { error: "年度不能早于2015年" })
    .max(2100, { error: "年度不正确" }),
});
export type TDeriveTemplate = z.infer<typeof ZDeriveTemplate>;

/** A template edited as JSON text (the editor's fields are serialised into it). */
export const ZSaveTemplate = z.object({
  id: ZTemplateId,
  definitionJson: zPlainText().max(1_000_000, { error: "模板过大" }),
});

export const ZImportTemplate = z.object({
  json: zPlainText().min(1, { error: "请选择模板文件" }).max(1_000_000, { error: "文件过大（最多1 MB）" }),
});

/** 更换公开模板 of a draft. */
export const ZSetReportTemplate = z.object({
  reportId: z.number().int().positive(),
  version: z.number().int().positive(),
  templateId: zChosenTemplate("请选择公开模板"),
});
