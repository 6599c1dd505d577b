namespace AidAnalysis.Tables;

/// <summary>
/// What a column holds, which fixes how every output writes it. Lists are JSON arrays in the analysis JSON and
/// space-separated text in flat tables (DataFrame, CSV, DuckDB): ids as "F1 F2", spans as "103-116 200-213".
/// </summary>
public enum ColumnKind { Text, Integer, Number, Boolean, IdList, SpanList }
