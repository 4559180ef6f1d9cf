-- `handbook import`: run by pandoc on a converted document, so that what is written out is plain
-- CommonMark a school's handbook can show. Word's bookmarks, underlines, styles and raw fields go;
-- a table becomes a list, one item per row; what cannot be shown (images, embedded objects,
-- footnotes) is marked for handbook to report, as ⟦skipped:KIND:TEXT⟧, and footnotes are kept as
-- text at the end. The document's title is passed on as ⟦title:TEXT⟧.

local notes = {}

local function mark(kind, text)
  text = (text or ""):gsub("[⟦⟧\n]", " ")
  return pandoc.Str("⟦skipped:" .. kind .. ":" .. text .. "⟧")
end

local function is_blank(inlines)
  return pandoc.utils.stringify(inlines):match("^%s*$") ~= nil
end

function Span(el) return el.content end
function Underline(el) return el.content end
function SmallCaps(el) return el.content end
function RawInline(el) return {} end
function RawBlock(el) return {} end
function Div(el) return el.content end
function LineBlock(el)
  local lines = {}
  for _, line in ipairs(el.content) do table.insert(lines, pandoc.Para(line)) end
  return lines
end

function Emph(el) if is_blank(el.content) then return el.content end end
function Strong(el) if is_blank(el.content) then return el.content end end

-- A short paragraph all in bold, as Word users often set a heading, becomes one.
function Para(el)
  if #el.content == 1 and el.content[1].t == "Strong" then
    local text = pandoc.utils.stringify(el.content[1])
    local _, words = text:gsub("%S+", "")
    if words > 0 and words <= 10 and not text:match("[%.:;,]%s*$") then
      return pandoc.Header(2, el.content[1].content)
    end
  end
end

function Image(el)
  return mark("image", pandoc.utils.stringify(el.caption))
end

function Link(el)
  -- A link inside the document (a bookmark or cross-reference) has nowhere to go in the handbook.
  if el.target:sub(1, 1) == "#" then return el.content end
end

function Note(el)
  table.insert(notes, el.content)
  return { pandoc.Str("[" .. #notes .. "]"), mark("footnote", tostring(#notes)) }
end

local function cell_text(cell)
  return pandoc.utils.stringify(cell):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
end

function Table(el)
  local simple = pandoc.utils.to_simple_table(el)
  local headers = {}
  for i, cell in ipairs(simple.headers) do headers[i] = cell_text(cell) end
  local items = {}
  for _, row in ipairs(simple.rows) do
    local parts = {}
    for i, cell in ipairs(row) do
      local text = cell_text(cell)
      if text ~= "" then
        local header = headers[i] or ""
        if header ~= "" then text = header .. ": " .. text end
        table.insert(parts, text)
      end
    end
    if #parts > 0 then
      table.insert(items, { pandoc.Plain({ pandoc.Str(table.concat(parts, "; ")) }) })
    end
  end
  local blocks = {}
  local caption = pandoc.utils.stringify(simple.caption)
  if caption ~= "" then table.insert(blocks, pandoc.Para({ pandoc.Str(caption) })) end
  if #items > 0 then table.insert(blocks, pandoc.BulletList(items)) end
  table.insert(blocks, pandoc.Para({ mark("table", tostring(#items)) }))
  return blocks
end

function Pandoc(doc)
  local blocks = doc.blocks
  if #notes > 0 then
    table.insert(blocks, pandoc.Header(2, { pandoc.Str("Notes") }))
    local items = {}
    for _, content in ipairs(notes) do table.insert(items, content) end
    table.insert(blocks, pandoc.OrderedList(items))
  end
  local title = doc.meta.title and pandoc.utils.stringify(doc.meta.title) or ""
  if title ~= "" then
    table.insert(blocks, 1, pandoc.Para({ pandoc.Str("⟦title:" .. title:gsub("[⟦⟧\n]", " ") .. "⟧") }))
  end
  return pandoc.Pandoc(blocks, doc.meta)
end
