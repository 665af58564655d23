"use client";

import {
  type BaseSyntheticEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
  useTransition,
} from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult, SectionConflict } from "@/lib/action-result";
import { formatDateTime } from "@/lib/format-date";
import { mergeValues, removedRows, resolveConflicts, type Conflict, type RowKeys } from "@/lib/merge-values";
import { draftStorageKey, pruneDrafts, readDraft, removeDraft, writeDraft, type DraftKey } from "./drafts";

const LEAVE_MESSAGE = "本页有尚未保存的修改。确定离开吗？（未保存的内容会保留在本浏览器中，回到本页时可以恢复。）";
const GUARD = "juesuanUnsaved";

/** What every entry page passes its section form (lib/reports/section-page.ts). */
export interface SectionFrameProps {
  reportId: number;
  /** The section's version as loaded. */
  version: number;
  canEdit: boolean;
  readOnlyReason?: string;
  /** Names the browser's draft of this page. */
  draft: DraftKey;
}

/**
 * Asks before the page is left with unsaved changes — by reload or close (the browser's own prompt),
 * by a link inside the app, and by the browser's Back button: while there are changes, a second
 * history entry for this page catches Back, which is then confirmed or undone.
 */
export function useUnsavedChangesWarning(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  /** This page has a guard entry on top of its own history entry. */
  const armed = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || anchor.target === "_blank" || event.defaultPrevented) return;
      if (anchor.origin !== window.location.origin) return;
      if (anchor.pathname === window.location.pathname && anchor.search === window.location.search) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    if (!window.history.state?.[GUARD]) window.history.pushState({ [GUARD]: true }, "");
    armed.current = true;
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  useEffect(() => {
    const page = window.location.pathname + window.location.search;
    // Arriving (by Back from the next page) on a guard entry: the page's own entry is right behind it.
    if (window.history.state?.[GUARD]) armed.current = true;
    const onPopState = (event: PopStateEvent) => {
      if (event.state?.[GUARD]) {
        armed.current = true; // Forward onto the guard entry
        return;
      }
      if (!armed.current || window.location.pathname + window.location.search !== page) return;
      // Back left the guard entry for the page's own entry: stay, or go on back as the clerk asked.
      armed.current = false;
      if (!dirtyRef.current || window.confirm(LEAVE_MESSAGE)) {
        dirtyRef.current = false;
        window.history.back();
      } else {
        window.history.pushState({ [GUARD]: true }, "");
        armed.current = true;
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
}

/** The URL's hash, decoded ("" when there is none or it is malformed). */
function hashTarget(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return "";
  }
}

/**
 * The element of a form field: an input by name, a reason by data-slot, another element by data-field,
 * a grid cell (`lines.12.incomeOther`) by its row's data-row-path and its table's data-col-fields
 * (components/grids/money-grid.tsx).
 */
function fieldElement(root: ParentNode, name: string): HTMLElement | null {
  const n = CSS.escape(name);
  const found = root.querySelector<HTMLElement>(`[name="${n}"], [data-field="${n}"], [data-slot="${n}"]`);
  if (found) return found;
  const cell = /^(.+\.\d+)\.([^.]+)$/.exec(name);
  const row = cell ? root.querySelector<HTMLElement>(`tr[data-row-path="${CSS.escape(cell[1]!)}"]`) : null;
  const fields = row?.closest<HTMLElement>("[data-col-fields]")?.dataset.colFields;
  const c = fields ? (JSON.parse(fields) as string[]).indexOf(cell![2]!) : -1;
  return c >= 0 ? row!.querySelector<HTMLElement>(`td[data-c="${c}"]`) : null;
}

/**
 * How a field is named to the clerk: a grid cell by its row's and column's labels (components/grids/
 * money-grid.tsx), else its <label>, else its aria-label.
 */
function fieldLabel(el: HTMLElement | null): string | null {
  if (!el) return null;
  const row = el.dataset.c !== undefined ? el.closest<HTMLElement>("[data-row-label]") : null;
  const columns = row?.closest<HTMLElement>("[data-col-labels]")?.dataset.colLabels;
  if (row && columns) {
    const column = (JSON.parse(columns) as string[])[Number(el.dataset.c)];
    if (column) return `${row.dataset.rowLabel} · ${column}`;
  }
  const labelled = el.id ? document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(el.id)}"]`) : null;
  return labelled?.textContent?.trim() || el.getAttribute("aria-label") || null;
}

/**
 * Brings a field into view — scrolling the page and the grid's own box so that the cell and its
 * column header show — and focuses it.
 */
function revealField(el: HTMLElement) {
  el.scrollIntoView({ block: "center", inline: "center" });
  el.focus({ preventScroll: true });
}

/** Focuses the field named in the URL's hash (a 审核 finding links to `…/function-lines#lines.0.x`). */
export function useFocusFromHash() {
  useEffect(() => {
    const target = hashTarget();
    if (!target) return;
    const timer = window.setTimeout(() => {
      const el = fieldElement(document, target);
      if (el) revealField(el);
    }, 50);
    return () => window.clearTimeout(timer);
  }, []);
}

export interface SaveMessage {
  kind: "error" | "success";
  text: string;
}

export interface ConflictItem {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ConflictState {
  savedBy: string;
  savedAt: string;
  items: ConflictItem[];
  choices: Record<string, "mine" | "theirs">;
}

export interface DraftOffer {
  savedAt: string;
}

export interface SectionShellState {
  canEdit: boolean;
  readOnlyReason?: string;
  pending: boolean;
  message?: SaveMessage;
  dirty: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  draftOffer?: DraftOffer;
  onRestoreDraft: () => void;
  onDiscardDraft: () => void;
  conflict?: ConflictState;
  onChoose: (key: string, side: "mine" | "theirs") => void;
  onChooseAll: (side: "mine" | "theirs") => void;
  onResolve: () => void;
}

export interface SectionSaveOptions {
  /** Row identities of the form's arrays, for merging and for naming removed rows. */
  rowKeys?: RowKeys;
  /** How a row is named in a comparison or a save summary, e.g. "2013101 行政运行". */
  rowLabel?: (arrayPath: string, row: Record<string, unknown>) => string;
}

type Values = Record<string, unknown>;
const clone = <T,>(v: T): T => JSON.parse(JSON.stringify(v ?? null)) as T;
const shownValue = (v: unknown) =>
  v === undefined
    ? "（无此行）"
    : v === true
      ? "是"
      : v === false
        ? "否"
        : v === "" || v === null
          ? "（空）"
          : String(v);

/**
 * Saving one entry section, and never losing what the clerk typed:
 * - validates with the form's resolver and sends the input with the section version it was based on;
 *   on invalid input it focuses the first marked field, wherever it is;
 * - keeps a draft in the browser as the clerk types (drafts.ts) and offers it back on the next visit;
 * - when a colleague saved the section first, merges their changes into the input and, where both
 *   changed the same field, puts the two values side by side for the clerk to choose, then saves;
 * - asks before the page is left with unsaved changes; Ctrl+S saves.
 */
export function useSectionSave<F extends FieldValues>(
  form: UseFormReturn<F, unknown, unknown>,
  frame: SectionFrameProps,
  save: (payload: F & { version: number }) => Promise<ActionResult<{ version: number }>>,
  options: SectionSaveOptions = {},
): { shell: SectionShellState; version: number } {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(frame.version);
  const [message, setMessage] = useState<SaveMessage>();
  const [conflict, setConflict] = useState<
    (ConflictState & { merged: Values; conflicts: Conflict[]; theirs: Values; version: number }) | undefined
  >();
  const [draftOffer, setDraftOffer] = useState<DraftOffer>();
  const formRef = useRef<HTMLFormElement | null>(null);
  const baseRef = useRef<Values>(clone(form.formState.defaultValues as Values));
  const versionRef = useRef(frame.version);
  const storageKey = draftStorageKey(frame.draft, frame.reportId);
  const offered = useRef(false);
  const dirty = form.formState.isDirty;
  const { rowKeys, rowLabel } = options;
  useUnsavedChangesWarning(dirty);
  useFocusFromHash();

  // ---- drafts -------------------------------------------------------------------------------
  const writeNow = useCallback(() => {
    if (!frame.canEdit || offered.current) return;
    const values = form.getValues() as Values;
    if (JSON.stringify(values) === JSON.stringify(baseRef.current)) removeDraft(storageKey);
    else
      writeDraft(storageKey, { savedAt: Date.now(), baseVersion: versionRef.current, base: baseRef.current, values });
  }, [form, frame.canEdit, storageKey]);

  useEffect(() => {
    pruneDrafts();
    const draft = frame.canEdit ? readDraft(storageKey) : null;
    const values = JSON.stringify(draft?.values);
    if (draft && values !== JSON.stringify(baseRef.current) && values !== JSON.stringify(form.getValues())) {
      offered.current = true;
      // Shown after hydration: the draft lives in this browser only.
      setDraftOffer({ savedAt: formatDateTime(new Date(draft.savedAt)) });
    }
  }, [form, frame.canEdit, storageKey]);

  useEffect(() => {
    let timer: number | undefined;
    const subscription = form.watch(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(writeNow, 300);
    });
    const flush = () => {
      window.clearTimeout(timer);
      writeNow();
    };
    const onHidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      flush();
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [form, writeNow]);

  // ---- conflicts ----------------------------------------------------------------------------
  function describe(c: Conflict): string {
    const root = formRef.current ?? document;
    const el = fieldElement(root, c.minePath ?? "") ?? fieldElement(root, c.theirsPath ?? "");
    const label = fieldLabel(el);
    if (label) return label;
    if (c.row) {
      const row = (c.mine ?? c.theirs) as Values;
      const arrayPath = c.row.arrayPath.replace(/\.\d+(?=\.|$)/g, "");
      return `${rowLabel?.(arrayPath, row) ?? c.key}（整行）`;
    }
    return c.key;
  }

  /** Sets the form to `values` on top of `theirs` (their values become the base of the edit). */
  function rebase(theirs: Values, values: Values, nextVersion: number) {
    baseRef.current = clone(theirs);
    versionRef.current = nextVersion;
    setVersion(nextVersion);
    form.reset(clone(theirs) as F);
    form.reset(clone(values) as F, { keepDefaultValues: true });
  }

  function focusFirstError(prefix: string) {
    window.requestAnimationFrame(() => {
      const root = formRef.current;
      const marked = root ? [...root.querySelectorAll<HTMLElement>('[aria-invalid="true"]')] : [];
      const first = marked[0];
      if (first) revealField(first);
      setMessage({
        kind: "error",
        text: `${prefix}${marked.length > 0 ? `共${marked.length}处，已定位到第一处${fieldLabel(first ?? null) ? `：${fieldLabel(first!)}` : ""}。` : ""}`,
      });
    });
  }

  function submitValues(values: Values, note = "") {
    startTransition(async () => {
      setMessage(undefined);
      let result: ActionResult<{ version: number }>;
      try {
        result = await save({ ...(values as F), version: versionRef.current });
      } catch {
        result = {
          ok: false,
          error: "网络或服务器错误，未能保存。您的输入仍在页面上，也已保存在本浏览器中，请稍后重试。",
        };
      }
      if (result.ok) {
        const removed = Object.entries(rowKeys ?? {}).flatMap(([arrayPath, keyField]) =>
          removedRows(baseRef.current, values, arrayPath, keyField).map(
            (row) => rowLabel?.(arrayPath, row) ?? String(row[keyField]),
          ),
        );
        baseRef.current = clone(values);
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        form.reset(clone(values) as F);
        removeDraft(storageKey);
        setMessage({
          kind: "success",
          text: `已保存。${note}${removed.length > 0 ? `删除了${removed.length}行：${removed.join("、")}。` : ""}`,
        });
        // The save's answer carries no page (the actions do not revalidate): 「已保存」 shows as soon as the
        // data is written, then the page — its side navigation's 审核 counts, figures derived on the server —
        // is rendered once, in the background. The form keeps its own values: nothing typed meanwhile is lost.
        window.setTimeout(() => router.refresh(), 0);
        return;
      }
      if (result.conflict) return onConflict(values, result.conflict);
      const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([k]) => k !== "_form");
      for (const [name, text] of fieldErrors) form.setError(name as Path<F>, { type: "server", message: text });
      if (fieldErrors.length > 0) focusFirstError(`${result.error}`);
      else setMessage({ kind: "error", text: result.error });
    });
  }

  function onConflict(mine: Values, c: SectionConflict, saveWhenMerged = true) {
    const theirs = c.theirs as Values;
    const merged = mergeValues(baseRef.current, mine, theirs, rowKeys);
    if (merged.conflicts.length === 0) {
      // They changed other fields of this section: both sets of changes are kept (and saved, when saving).
      rebase(theirs, merged.merged, c.version);
      const note = `已合并${c.savedBy}于${c.savedAt}保存的其他${merged.takenFromTheirs}处修改。`;
      if (saveWhenMerged) submitValues(merged.merged, note);
      else setMessage({ kind: "success", text: `已恢复未保存的修改，${note}请核对后保存。` });
      return;
    }
    rebase(theirs, merged.merged, c.version);
    setConflict({
      savedBy: c.savedBy,
      savedAt: c.savedAt,
      items: merged.conflicts.map((x) => ({
        key: x.key,
        label: describe(x),
        mine: shownValue(x.row ? (x.mine === undefined ? undefined : "保留此行") : x.mine),
        theirs: shownValue(x.row ? (x.theirs === undefined ? undefined : "保留此行") : x.theirs),
      })),
      choices: Object.fromEntries(merged.conflicts.map((x) => [x.key, "mine" as const])),
      merged: merged.merged,
      conflicts: merged.conflicts,
      theirs,
      version: c.version,
    });
    setMessage({
      kind: "error",
      text: `${c.savedBy}已于${c.savedAt}保存了这一部分，其中${merged.conflicts.length}处与您的修改不同：请在页面上方逐项选择保留哪一个。`,
    });
    window.requestAnimationFrame(() => document.getElementById("section-conflict")?.focus());
  }

  const onResolve = () => {
    if (!conflict) return;
    const values = resolveConflicts(conflict.merged, conflict.conflicts, (x) => conflict.choices[x.key]!, rowKeys);
    rebase(conflict.theirs, values, conflict.version);
    setConflict(undefined);
    submitValues(values);
  };

  // ---- the draft offer ----------------------------------------------------------------------
  const onRestoreDraft = () => {
    const draft = readDraft(storageKey);
    offered.current = false;
    setDraftOffer(undefined);
    if (!draft) return;
    if (draft.baseVersion === versionRef.current) {
      form.reset(clone(draft.values) as F, { keepDefaultValues: true });
      void form.trigger();
      setMessage({ kind: "success", text: "已恢复未保存的修改，请核对后保存。" });
      return;
    }
    // Someone saved this section since the draft was made: merge as if the draft had been saved now.
    const current = clone(baseRef.current);
    baseRef.current = clone(draft.base);
    onConflict(
      draft.values,
      { version: versionRef.current, savedBy: "其他用户", savedAt: "您离开本页后", theirs: current },
      false,
    );
  };

  const onDiscardDraft = () => {
    offered.current = false;
    removeDraft(storageKey);
    setDraftOffer(undefined);
  };

  // ---- submit -------------------------------------------------------------------------------
  const onSubmit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(
      () => submitValues(form.getValues() as Values),
      () => focusFirstError("有填写不正确的内容，请按标红处的提示修改后再保存："),
    )(event);

  // Ctrl+S saves, as in Excel.
  useEffect(() => {
    if (!frame.canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [frame.canEdit]);

  return {
    version,
    shell: {
      canEdit: frame.canEdit,
      readOnlyReason: frame.readOnlyReason,
      pending,
      message,
      dirty,
      formRef,
      onSubmit,
      draftOffer,
      onRestoreDraft,
      onDiscardDraft,
      conflict,
      onChoose: (key, side) => setConflict((c) => (c ? { ...c, choices: { ...c.choices, [key]: side } } : c)),
      onChooseAll: (side) =>
        setConflict((c) => (c ? { ...c, choices: Object.fromEntries(c.items.map((i) => [i.key, side])) } : c)),
      onResolve,
    },
  };
}
