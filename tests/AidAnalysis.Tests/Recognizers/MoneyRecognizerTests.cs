namespace AidAnalysis.Tests.Recognizers;

public class MoneyRecognizerTests
{
    [Theory]
    [InlineData("The fund received $6 million last week.", "$6 million", 6e6, "USD")]
    [InlineData("Brussels set aside €1.2bn for the programme.", "€1.2bn", 1.2e9, "EUR")]
    [InlineData("Oslo approved NOK 2.8 billion on Tuesday.", "NOK 2.8 billion", 2.8e9, "NOK")]
    [InlineData("Seoul will spend 1.5 billion won on rations.", "1.5 billion won", 1.5e9, "KRW")]
    [InlineData("The grant of US$1.18 million was signed.", "US$1.18 million", 1.18e6, "USD")]
    [InlineData("The bank lent USD34.6 million to the utility.", "USD34.6 million", 34.6e6, "USD")]
    [InlineData("London gave £45m to the appeal.", "£45m", 45e6, "GBP")]
    [InlineData("Tokyo pledged ¥500 billion in loans.", "¥500 billion", 500e9, "JPY")]
    [InlineData("Kyiv raised ₴12 billion in bonds.", "₴12 billion", 12e9, "UAH")]
    [InlineData("The total reached 2,500,000 euros in May.", "2,500,000 euros", 2.5e6, "EUR")]
    [InlineData("Canberra offered A$20 million to the fund.", "A$20 million", 20e6, "AUD")]
    [InlineData("Ottawa sent C$3.5 million in relief.", "C$3.5 million", 3.5e6, "CAD")]
    [InlineData("Donors found six million dollars for schools.", "six million dollars", 6e6, "USD")]
    [InlineData("It costs 3.7 million dollars a year.", "3.7 million dollars", 3.7e6, "USD")]
    [InlineData("A 40-million-euro package was agreed.", "40-million-euro", 40e6, "EUR")]
    [InlineData("The agency has 750 USD per family.", "750 USD", 750, "USD")]
    [InlineData("Sweden gave SEK 300 mln in support.", "SEK 300 mln", 300e6, "SEK")]
    [InlineData("The city got $250k for repairs.", "$250k", 250e3, "USD")]
    [InlineData("Britain promised 20 million pounds to the clinics.", "20 million pounds", 20e6, "GBP")]
    [InlineData("Norway found 90 million kroner for the fund.", "90 million kroner", 90e6, "NOK")]
    [InlineData("The ministry paid 4 billion hryvnias in wages.", "4 billion hryvnias", 4e9, "UAH")]
    [InlineData("Japan lent 80 billion yen to the railway.", "80 billion yen", 80e9, "JPY")]
    [InlineData("The clinic received USD 200 from each donor.", "USD 200", 200, "USD")]
    [InlineData("Brussels released EUR 15 million on Monday.", "EUR 15 million", 15e6, "EUR")]
    [InlineData("London added GBP 20 million for shelters.", "GBP 20 million", 20e6, "GBP")]
    [InlineData("Seoul approved ₩300 billion in loans.", "₩300 billion", 300e9, "KRW")]
    [InlineData("The port needs $2mn for cranes.", "$2mn", 2e6, "USD")]
    [InlineData("The plan costs $3b over ten years.", "$3b", 3e9, "USD")]
    [InlineData("Global needs reached $1.1 trillion last year.", "$1.1 trillion", 1.1e12, "USD")]
    [InlineData("The school got 40 thousand euros from parents.", "40 thousand euros", 40e3, "EUR")]
    [InlineData("Oslo sent 12 million kroner in aid.", "12 million kroner", 12e6, "NOK")]
    [InlineData("Donors pledged over $1 bln to the appeal.", "$1 bln", 1e9, "USD")]
    [InlineData("The fund will set aside USD one million for wells.", "USD one million", 1e6, "USD")]
    [InlineData("The charity gave USD half a million in cash.", "USD half a million", 0.5e6, "USD")]
    [InlineData("Traders donated 15.5 million Pakistani rupees to flood victims.", "15.5 million Pakistani rupees", 15.5e6, "PKR")]
    [InlineData("The state cabinet cleared Rs 340 crore for embankments.", "Rs 340 crore", 3.4e9, "INR")]
    [InlineData("Volunteers collected Tk 7 lakh for the shelters.", "Tk 7 lakh", 7e5, "BDT")]
    [InlineData("The budget sets aside ₹2.3 lakh crore for roads.", "₹2.3 lakh crore", 2.3e12, "INR")]
    [InlineData("A trust gave Rs 2,40,000 to the village school.", "Rs 2,40,000", 2.4e5, "INR")]
    [InlineData("The board gave 60 crore rupees for housing.", "60 crore rupees", 6e8, "INR")]
    [InlineData("Families received 900 shekels each in vouchers.", "900 shekels", 900, "ILS")]
    [InlineData("Yerevan budgeted 40 billion drams for housing.", "40 billion drams", 40e9, "AMD")]
    [InlineData("The ministry spent 2 billion gourdes on shelters.", "2 billion gourdes", 2e9, "HTG")]
    [InlineData("The bank raised HUF 30 billion for the hospitals.", "HUF 30 billion", 30e9, "HUF")]
    [InlineData("A donor gave 5 million Singapore dollars to the relief fund.", "5 million Singapore dollars", 5e6, "SGD")]
    [InlineData("Zambia's treasury set aside K75 billion for seed.", "K75 billion", 75e9, "ZMW")]
    [InlineData("In Malawi, each household got K42,500 for maize.", "K42,500", 42500, "MWK")]
    [InlineData("Lusaka's treasury set aside K75 billion for seed.", "K75 billion", 75e9, "ZMW")]
    [InlineData("Lagos announced N12 billion for the clinics in Nigeria.", "N12 billion", 12e9, "NGN")]
    [InlineData("Critics said cutting half a billion pounds would hurt clinics.", "half a billion pounds", 0.5e9, "GBP")]
    [InlineData("Doha sent QR 90 million for schools.", "QR 90 million", 90e6, "QAR")]
    [InlineData("In Khartoum, a sack of sorghum cost 52,000 pounds in Sudan's markets.", "52,000 pounds", 52e3, "SDG")]
    [InlineData("Britain gave Sudan 30 million pounds in food aid.", "30 million pounds", 30e6, "GBP")]
    [InlineData("A scraped page says Berlin gave â‚¬30 million to the fund.", "â‚¬30 million", 30e6, "EUR")]
    [InlineData("A scraped page says London gave Â£8 million to the fund.", "Â£8 million", 8e6, "GBP")]
    [InlineData("Tokyo to lend Manila $240 mil. for flood defences", "$240 mil", 240e6, "USD")]
    [InlineData("Ottawa announced a $35-million fund for wells.", "$35-million", 35e6, "CAD")]
    [InlineData("Beijing will give RMB 80 million to the clinics.", "RMB 80 million", 80e6, "CNY")]
    [InlineData("Singapore gave S$2 million for flood relief.", "S$2 million", 2e6, "SGD")]
    [InlineData("Kuala Lumpur approved RM15 million for the camps.", "RM15 million", 15e6, "MYR")]
    [InlineData("Pretoria set aside R3 billion for South Africa's flood victims.", "R3 billion", 3e9, "ZAR")]
    [InlineData("Kampala released UShs 12 billion for the refugee settlements.", "UShs 12 billion", 12e9, "UGX")]
    [InlineData("Lilongwe budgeted MK 4 billion for maize.", "MK 4 billion", 4e9, "MWK")]
    // House styles: "$US" for US dollars, the IMF's "SDR" unit, an adjective hyphenating only the scale and the currency.
    [InlineData("Fiji owes the lender about $US42 million for bridges.", "$US42 million", 42e6, "USD")]
    [InlineData("Lenders approved $US1.2bn on Friday.", "$US1.2bn", 1.2e9, "USD")]
    [InlineData("The fund approved SDR 120 million for Ruritania.", "SDR 120 million", 120e6, "XDR")]
    [InlineData("An arrangement of XDR 45.5 million was agreed by the board.", "XDR 45.5 million", 45.5e6, "XDR")]
    [InlineData("Ruritania sent a 15 million-euro package of shells.", "15 million-euro", 15e6, "EUR")]
    [InlineData("The 250 thousand-dollar grant, signed in March, pays for wells.", "250 thousand-dollar", 250e3, "USD")]
    [InlineData("Lenders backed a 2.5 billion-pound plan.", "2.5 billion-pound", 2.5e9, "GBP")]
    [InlineData("Bogota set aside COP 2.5 million for each family.", "COP 2.5 million", 2.5e6, "COP")]
    // Only a code that also names a numbered meeting (numbered-names.txt) is a name when glued to small digits; a number
    // spaced from its hyphenated scale is one sum before a noun that is no plural.
    [InlineData("Families got vouchers worth USD50 each.", "USD50", 50d, "USD")]
    [InlineData("Each pupil receives EUR15 for books, the school said.", "EUR15", 15d, "EUR")]
    [InlineData("Ostria set up the 20 million-dollar programme in March.", "20 million-dollar", 20e6, "USD")]
    public void Recognises_amount_with_value_currency_and_exact_span(string text, string amount, double value, string currency)
    {
        var money = Assert.Single(TestSupport.Process(text).Money);
        Assert.Equal(amount, money.Text);
        Assert.Equal(amount, text[money.Span.Start..money.Span.End]);
        Assert.Equal(value, money.Value!.Value, 6);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("Lisbon pledged $4.1 billion for the ports.", 4_100_000_000d)]
    [InlineData("The bank set aside 2.11 billion yuan for dykes.", 2_110_000_000d)]
    [InlineData("Donors found €34.2bn over the decade.", 34_200_000_000d)]
    [InlineData("A grant of KES 1.15 million paid for the pumps.", 1_150_000d)]
    [InlineData("The range was put at $0.7-1.3 billion.", 700_000_000d)]
    public void A_scaled_decimal_is_the_whole_number_it_names(string text, double value)
    {
        var money = Assert.Single(TestSupport.Process(text).Money);
        Assert.Equal(value, money.Value);
    }

    [Fact]
    public void Range_with_a_dash_is_one_amount_with_low_and_high()
    {
        var money = Assert.Single(TestSupport.Process("Repairs will cost $1-2 billion over a decade.").Money);
        Assert.Equal("$1-2 billion", money.Text);
        Assert.Equal(1e9, money.Value);
        Assert.Equal(2e9, money.High);
    }

    [Fact]
    public void A_year_before_to_is_no_low_end_of_a_range()
    {
        var money = TestSupport.Process("Spending rose from 40 million euros in 2023 to 52 million euros.").Money;
        Assert.Equal(["40 million euros", "52 million euros"], money.Select(m => m.Text));
        Assert.Equal(52e6, money[1].Value);
        Assert.Null(money[1].High);
    }

    [Fact]
    public void Between_x_and_y_is_one_amount_with_low_and_high()
    {
        var text = "The appeal seeks between $5m and $10m for shelters.";
        var money = Assert.Single(TestSupport.Process(text).Money);
        Assert.Equal("$5m and $10m", money.Text);
        Assert.Equal(5e6, money.Value);
        Assert.Equal(10e6, money.High);
    }

    [Theory]
    [InlineData("Governments promised billions of dollars for reconstruction.", "billions of dollars")]
    [InlineData("Charities raised several million dollars for the camps.", "several million dollars")]
    [InlineData("It will take a few billion euros to rebuild.", "a few billion euros")]
    [InlineData("It was a multibillion effort by the allies.", "multibillion")]
    public void Vague_amounts_have_no_value(string text, string amount)
    {
        var money = Assert.Single(TestSupport.Process(text).Money);
        Assert.Equal(amount, money.Text);
        Assert.Null(money.Value);
    }

    [Theory]
    [InlineData("($1 = 0.7812 pounds)")]
    [InlineData("Planes carried 19.4 million pounds of aid to the port.")]
    [InlineData("Inflation reached 12.5% in March.")]
    [InlineData("Some 4 million people fled the fighting.")]
    [InlineData("Families live on less than a euro a day.")]
    public void Not_money(string text) => Assert.Empty(TestSupport.Process(text).Money);

    [Fact]
    public void Converted_pair_is_linked()
    {
        var doc = TestSupport.Process("Oslo gives NOK 1.1 billion (EUR 95 million) to the fund.");
        Assert.Equal(2, doc.Money.Count);
        Assert.Null(doc.Money[0].ConvertedFrom);
        Assert.Equal(0, doc.Money[1].ConvertedFrom);
    }

    [Fact]
    public void Bare_dollar_follows_an_australian_article()
    {
        var doc = TestSupport.Process("Australia will provide $12 million to the hospital in Dili.");
        Assert.Equal("AUD", Assert.Single(doc.Money).Currency);
    }

    [Fact]
    public void Bare_dollar_stays_usd_when_the_united_states_is_named()
    {
        var doc = TestSupport.Process("Australia and the United States will each provide $12 million.");
        Assert.Equal("USD", Assert.Single(doc.Money).Currency);
    }

    [Theory]
    [InlineData("Wellington, New Zealand - The foreign ministry will give $7 million to Tonga. The UN appeal has raised US$40 million.", "NZD")]
    [InlineData("Tonga appeal update\n\nThe UN appeal has raised US$40 million, with New Zealand among donors; $7 million remains unspent.", "USD")]
    [InlineData("Wellington - New Zealand and the United States will give $7 million. The UN appeal has raised US$40 million.", "USD")]
    public void A_text_marking_us_dollars_writes_the_local_dollar_bare_only_from_that_states_capital(string text, string bare)
    {
        var money = TestSupport.Process(text).Money;
        Assert.Equal(bare, money.Single(m => m.Text == "$7 million").Currency);
        Assert.Equal("USD", money.Single(m => m.Text == "US$40 million").Currency);
    }

    // Every US-dollar form of currencies.tsv that names the country marks the US dollar, the sign-first "$US" too.
    [Fact]
    public void A_sign_first_us_dollar_marks_the_text_as_one_writing_us_dollars() =>
        Assert.Equal("USD", TestSupport.Process("Tonga appeal update\n\nThe UN appeal has raised $US40 million, with New Zealand among donors; $7 million remains unspent.")
            .Money.Single(m => m.Text == "$7 million").Currency);

    [Theory]
    [InlineData("Australia will give $4 million to Fiji. Australian engineers landed on Monday, and Australia's envoy thanked New Zealand for its help.", "$4 million", "AUD")]
    [InlineData("New Zealand will spend $9 million in Samoa. The sum follows Australia's A$12 million, and New Zealand's minister cited a UN estimate of US$300 million that New Zealand backs.", "$9 million", "NZD")]
    [InlineData("A further $5 million (the largest sum yet) was committed by Canada, the Canadian minister said; Canada's partner Australia gave A$2 million.", "$5 million", "CAD")]
    [InlineData("Canada and Australia together promised $18 million.", "$18 million", "USD")]
    [InlineData("Donors including Australia (A$3 million) and Canada gave $7 million to the appeal.", "$7 million", "USD")]
    // Datelined in another state than the one named most: no home's dollar. From that state's own capital: its dollar.
    [InlineData("Agency thanks donors\n\nGENEVA, May 2 - The refugee agency said Canada had given $8 million for camps in Chad. Canada's grant follows a Canadian loan, and Canada is a top donor. Australia contributed A$3 million.", "$8 million", "USD")]
    [InlineData("Ottawa backs camps\n\nOTTAWA, May 2 - Canada will give $8 million for camps in Chad. Canada's grant follows a Canadian loan, and Canada is a top donor. Australia contributed A$3 million.", "$8 million", "CAD")]
    public void A_text_dealing_in_several_dollars_writes_bare_the_one_of_the_state_it_names_most(string text, string amount, string currency) =>
        Assert.Equal(currency, TestSupport.Process(text).Money.Single(m => m.Text == amount).Currency);

    [Fact]
    public void Large_bare_amount_takes_the_article_currency()
    {
        var doc = TestSupport.Process("The plan costs €30 billion. By 2030, 45 billion will be needed.");
        Assert.Equal(["EUR", "EUR"], doc.Money.Select(m => m.Currency));
        Assert.Equal(45e9, doc.Money[1].Value);
    }

    [Theory]
    [InlineData("Each household got K42,500 for maize.")]
    [InlineData("Malawi and Zambia each set aside K75 billion for seed.")]
    [InlineData("In Nigeria the naira weakened ($1 = N1,610) this week.")]
    [InlineData("In Malawi, plot K42,500.75 was sold.")]
    public void A_letter_before_the_number_without_one_state_or_in_a_rate_note_is_no_amount(string text) =>
        Assert.Empty(TestSupport.Process(text).Money);

    // A meeting's code with one or two digits, glued or spaced, names the numbered meeting; a number before a hyphenated
    // noun, or spaced before "million-dollar" and a plural, counts things, not money.
    [Theory]
    [InlineData("Delegates met at COP29 in the spring.")]
    [InlineData("The pledges made at COP30, in a hall by the sea, were small.")]
    [InlineData("The 30-member board met on Monday.")]
    [InlineData("A 12 million-strong diaspora sends money home.")]
    [InlineData("Ministers met at COP 29 in the spring.")]
    [InlineData("Some 40 million-dollar contracts were signed last year.")]
    [InlineData("The city awarded 12 million-euro tenders to three firms.")]
    public void Numbered_names_and_hyphenated_counts_are_no_money(string text) => Assert.Empty(TestSupport.Process(text).Money);

    // A scale abbreviation glued to the digits, with the currency word after: as "€1.5bn" is read, so is "1.5bn euros".
    [Theory]
    [InlineData("Brussels will lend 1.5bn euros to the utility.", "1.5bn euros", 1.5e9, "EUR")]
    [InlineData("The fund got 50m euros from Berlin last year.", "50m euros", 50e6, "EUR")]
    [InlineData("Tokyo set aside 3bn yen (about $20 million) for the camps.", "3bn yen", 3e9, "JPY")]
    [InlineData("Washington's 1.5bn dollars, the largest sum, went to ports.", "1.5bn dollars", 1.5e9, "USD")]
    [InlineData("Oslo released 2.5mln kroner in May.", "2.5mln kroner", 2.5e6, "NOK")]
    [InlineData("The plan needs 2-3bn pounds in all.", "2-3bn pounds", 2e9, "GBP")]
    public void A_scale_glued_to_the_number_before_a_currency_word_is_read(string text, string amount, double value, string currency) =>
        AssertReads(text, amount, value, currency);

    private static void AssertReads(string text, string amount, double value, string currency)
    {
        var m = TestSupport.Process(text).Money.Single(x => x.Text == amount);
        Assert.Equal((value, currency), (m.Value!.Value, m.Currency));
    }

    // A comma followed by one or two digits and a scale word is a decimal comma; a thousands comma is followed by three digits.
    [Theory]
    [InlineData("The agency asked for US$ 1,2 million for clinics.", "US$ 1,2 million", 1.2e6, "USD")]
    [InlineData("Brussels released EUR 2,5 million on Monday.", "EUR 2,5 million", 2.5e6, "EUR")]
    [InlineData("Rome sent 1,25 billion euros to the fund.", "1,25 billion euros", 1.25e9, "EUR")]
    [InlineData("Berlin gave €3,5bn in loans, its ministry said.", "€3,5bn", 3.5e9, "EUR")]
    [InlineData("The fund holds $1,250 million in reserve.", "$1,250 million", 1.25e9, "USD")]
    [InlineData("Donors gave $4,500 to the school.", "$4,500", 4500, "USD")]
    public void A_comma_before_one_or_two_digits_and_a_scale_is_a_decimal_comma(string text, string amount, double value, string currency) =>
        AssertReads(text, amount, value, currency);

    [Fact]
    public void A_comma_between_small_numbers_without_a_scale_makes_no_decimal_amount() =>
        Assert.Empty(TestSupport.Process("Each of the 2,5 households got a kit.").Money);

    // Unicode's hyphens (U+2010, the non-breaking U+2011) join a scale to its number as the ASCII one does.
    [Theory]
    [InlineData("Canberra will give A$10\u2011million to Tonga.", "A$10\u2011million", 10e6)]
    [InlineData("Canberra added A$5\u2010million for water.", "A$5\u2010million", 5e6)]
    [InlineData("Berlin agreed a 20\u2011million\u2011euro grant.", "20\u2011million\u2011euro", 20e6)]
    [InlineData("The plan needs \u20ac3\u20114 million for schools.", "\u20ac3\u20114 million", 3e6)]
    public void A_unicode_hyphen_keeps_the_scale_of_an_amount(string text, string amount, double value) =>
        Assert.Equal(value, TestSupport.Process(text).Money.Single(m => m.Text == amount).Value);

    [Theory]
    [InlineData("The 30\u2011member board met on Monday.")]
    [InlineData("A 12 million\u2011strong diaspora sends money home.")]
    public void A_unicode_hyphen_before_no_currency_makes_no_money(string text) => Assert.Empty(TestSupport.Process(text).Money);

    [Theory]
    [InlineData("In the 1990s dollars bought more.")]
    [InlineData("Each 5kg bag was handed out free.")]
    public void Letters_glued_to_a_number_that_are_no_scale_make_no_money(string text) => Assert.Empty(TestSupport.Process(text).Money);

    // A capitals dateline in the home state's capital speaks from that state: a marked "US$" elsewhere is that figure's alone.
    [Theory]
    [InlineData("Canada aids Sudan\n\nOTTAWA \u2014 Canada will provide $40 million to Sudan. Canada gave $25 million in 2024, Canadian officials said. The UN plan needs US$2.7 billion.", "$40 million", "CAD")]
    [InlineData("Canada aids Haiti\n\nOTTAWA: The Canadian government will send $12 million to Haiti, Canada's minister said, as the UN seeks US$900 million for the country.", "$12 million", "CAD")]
    [InlineData("Australia aids Fiji\n\nCANBERRA, Australia \u2013 Australia will give $6 million to Fiji after the storm. Australian teams landed on Monday. A UN estimate put needs at US$300 million.", "$6 million", "AUD")]
    [InlineData("Canada aids Sudan\n\nCanada will provide $40 million to Sudan, officials said. Canada gave $25 million in 2024. The UN plan needs US$2.7 billion.", "$40 million", "USD")]
    [InlineData("Agency thanks donors\n\nGENEVA \u2014 The agency said Canada gave $8 million to Sudan. Canada is a top donor. The UN plan needs US$2.7 billion.", "$8 million", "USD")]
    public void A_dateline_in_the_home_capital_keeps_bare_dollars_local_beside_a_marked_us_dollar(string text, string amount, string currency) =>
        Assert.Equal(currency, TestSupport.Process(text).Money.Single(m => m.Text == amount).Currency);
}
