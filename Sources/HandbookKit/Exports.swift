// The façade speaks in the model's values (diagnostics, dates, versions): callers get them with it.
@_exported import HandbookModel
