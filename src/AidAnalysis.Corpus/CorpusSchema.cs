namespace AidAnalysis.Corpus;

/// <summary>The corpus tables. Every row carries its article id; offsets index that article's text.</summary>
internal static class CorpusSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, author VARCHAR, published DATE,
            url VARCHAR, origin VARCHAR, chars INTEGER, added_at TIMESTAMP);
        CREATE TABLE IF NOT EXISTS funding (
            article_id VARCHAR, id VARCHAR, amount_text VARCHAR, value DOUBLE, value_high DOUBLE, currency VARCHAR,
            value_usd DOUBLE, fx_year INTEGER, donor VARCHAR, recipient VARCHAR, channel VARCHAR, purpose VARCHAR,
            aid_type VARCHAR, year INTEGER, status VARCHAR, is_total BOOLEAN, converted_from VARCHAR,
            span_start INTEGER, span_end INTEGER, context VARCHAR, part_of VARCHAR, counted BOOLEAN);
        ALTER TABLE funding ADD COLUMN IF NOT EXISTS part_of VARCHAR;
        ALTER TABLE funding ADD COLUMN IF NOT EXISTS counted BOOLEAN;
        CREATE TABLE IF NOT EXISTS actors (
            article_id VARCHAR, id VARCHAR, name VARCHAR, kind VARCHAR, role VARCHAR, affiliation VARCHAR,
            mentions INTEGER, span_start INTEGER, span_end INTEGER);
        CREATE TABLE IF NOT EXISTS claims (
            article_id VARCHAR, id VARCHAR, speaker VARCHAR, speaker_kind VARCHAR, kind VARCHAR, cue VARCHAR,
            text VARCHAR, hedged BOOLEAN, negated BOOLEAN, span_start INTEGER, span_end INTEGER);
        CREATE TABLE IF NOT EXISTS aid_items (
            article_id VARCHAR, id VARCHAR, item VARCHAR, category VARCHAR, lethal BOOLEAN, status VARCHAR,
            provider VARCHAR, recipient VARCHAR, span_start INTEGER, span_end INTEGER);
        """;

    public static readonly string[] Tables = ["articles", "funding", "actors", "claims", "aid_items"];
}
