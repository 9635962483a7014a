import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { findFigures } from "../../../src/core/parse/figures";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";

const figs = (t: string): string[] => findFigures(parseDocument(t)).map((f) => f.text);
const one = (t: string) => {
  const f = findFigures(parseDocument(t));
  assert.equal(f.length, 1, `expected one figure in ${JSON.stringify(t)}, got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0]!;
};

describe("figures", () => {
  describe("finds", () => {
    it("digits with separators and decimals, with their noun head", () => {
      const f = one("The army sent 1,200 troops to the border.");
      assert.equal(f.text, "1,200");
      assert.equal(f.value, 1200);
      assert.equal(f.kind, "cardinal");
      assert.equal(f.unit, "troops");
      assert.equal(one("Growth was 2.5 overall.").value, 2.5);
    });

    it("scale words after digits", () => {
      const f = one("The fund holds 2.5 million shares.");
      assert.equal(f.text, "2.5 million");
      assert.equal(f.value, 2_500_000);
    });

    it("money in common currencies, glued scales included", () => {
      assert.deepEqual(figs("It cost $3.5bn, then €200m, then £40,000 and 4.2 billion cedis."), ["$3.5bn", "€200m", "£40,000", "4.2 billion cedis"]);
      const f = one("The deal is worth $3.5 billion.");
      assert.equal(f.kind, "money");
      assert.equal(f.unit, "USD");
      assert.equal(f.value, 3.5e9);
      assert.equal(one("Farmers get 2,800 CFA francs per kilogram.").unit, "XOF");
      assert.equal(one("It will invest 4.5 trillion won in the plant.").unit, "KRW");
    });

    it("percentages in every spelling", () => {
      assert.deepEqual(figs("Prices rose 90 percent, then 5.2%, then 3 per cent."), ["90 percent", "5.2%", "3 per cent"]);
      assert.equal(one("Approval was 40 percent.").kind, "percent");
    });

    it("quantities with units", () => {
      const f = one("The zone runs for about 180 km across the island.");
      assert.equal(f.text, "180 km");
      assert.equal(f.kind, "quantity");
      assert.equal(one("Output reached 1.2 million barrels a day.").text, "1.2 million barrels");
      assert.equal(one("Temperatures rose above 40 C in the valley.").text, "40 C");
      assert.equal(one("They built a 1,350-kilometre link.").text, "1,350-kilometre");
    });

    it("numeric durations, hyphenated and spaced", () => {
      const f = one("They signed a 15-year agreement.");
      assert.equal(f.text, "15-year");
      assert.equal(f.kind, "duration");
      assert.equal(one("A guarantee lasting up to 50 years was sought.").text, "50 years");
    });

    it("lists of numbers as separate figures sharing the last one's unit", () => {
      const f = findFigures(parseDocument("Terms of 30, 40, 50 years were discussed."));
      assert.deepEqual(f.map((x) => x.text), ["30", "40", "50 years"]);
      assert.deepEqual(f.map((x) => x.unit), ["year", "year", "year"]);
    });

    it("'m' as million before a noun, metres otherwise; currency codes", () => {
      assert.equal(one("About 1.5m people live there.").value, 1_500_000);
      assert.equal(one("She ran the 200m race.").unit, "m");
      assert.equal(one("The loan is USD 5 million.").kind, "money");
    });

    it("number words, hyphenated compounds and sentence-initial capitals", () => {
      assert.deepEqual(figs("Seven companies won and forty-two lost."), ["Seven", "forty-two"]);
      assert.equal(one("Officials counted one hundred and five boats.").value, 105);
    });

    it("fractions and ratios", () => {
      const r = one("One in five adults smokes.");
      assert.equal(r.kind, "ratio");
      assert.equal(r.value, 0.2);
      assert.equal(one("A majority of two-thirds is needed.").kind, "fraction");
      assert.equal(one("Disease destroyed about a third of his pods.").text, "a third");
      assert.equal(one("Nearly a quarter of riders came by tram.").value, 0.25);
    });
  });

  describe("excludes", () => {
    it("years, seasons and decades", () => {
      assert.deepEqual(figs("It opened in 2021 for the 2027-28 season, as in the 1990s."), []);
    });

    it("times of day", () => {
      assert.deepEqual(figs("The tram left at 5:30 a.m. and the vote closed at 3 p.m. or 10pm."), []);
    });

    it("days of the month", () => {
      assert.deepEqual(figs("Infections began on January 9 and peaked on 28 Feb, with talks on Jan. 12, 2025."), []);
    });

    it("ordinals", () => {
      assert.deepEqual(figs("It was the fourth year and the 70th birthday, in the second half, the third-largest maker."), []);
    });

    it("numbers inside names", () => {
      assert.deepEqual(figs("The G7 met about COVID-19 near the M62, on Line 4, under Article 5, after Apollo 11, in League One."), []);
      // Versions after a name: "USB 1.1", "iPhone 3.0 software"; a decimal after a verb is a figure.
      assert.deepEqual(figs("It syncs over a USB 1.1 connection and runs the new iPhone 3.0 software and Mac OS X 10.5."), []);
      assert.equal(figs("The Dax gained 2.8 on Monday.").length, 1);
      assert.deepEqual(figs("They ordered the Airbus A330-200 and the S&P 500 fell."), []);
      assert.deepEqual(figs("It cited resolution 425, section 3 and flight 370."), []);
    });

    it("list numbering and citation markers", () => {
      assert.deepEqual(figs("1. First point stands here.\nThe claim holds [2]."), []);
    });

    it("vague quantities", () => {
      assert.deepEqual(figs("Several people, dozens of witnesses, hundreds of fans, a few critics, a dozen others and several hundred thousand homes."), []);
    });

    it("'one' as a pronoun or article, and zero without a unit", () => {
      assert.deepEqual(figs("One of the rivals said no one else fell to zero, one day."), []);
    });

    it("a unit noun with only an article", () => {
      assert.deepEqual(figs("It took a decade, a year and a fortnight."), []);
    });

    it("a bond's maturity ('10-year Treasury yields', 'two-year gilts'), not a deal's term", () => {
      assert.deepEqual(figs("Ten-year gilt yields fell. The 10-year Treasury yield rose to 4.5%. Two-year German bond yields fell."), ["4.5%"]);
      assert.deepEqual(figs("It signed a 10-year deal."), ["10-year"]);
    });

    it("sports scores", () => {
      assert.deepEqual(figs("United won 3-1 at home after a 2-0 victory last week."), []);
      assert.deepEqual(figs("Celtic beat Rangers 3-1 on Saturday. Real Madrid beat Manchester City 2-1."), []);
      assert.deepEqual(figs("Harbourside won the final on Sunday, beating Castlemoor 2-1 at Wembley. Leeds defeated Hull 3-0 and edged Stoke 1-0."), []);
    });

    it("'N years ago' (a date), anaphoric 'the two', phone numbers and addresses", () => {
      assert.deepEqual(figs("He came to power 41 years ago. The two capitals differ. Call (254-2) 751-613 at 285 Toure Drive."), []);
      assert.deepEqual(figs("Passengers were told to call 0800 123 4567 or +44 20 7946 0958, or 020 7946 0958."), []);
      // Numbers after a date are no phone number.
      assert.deepEqual(figs("On 12 May 2025 12 people died."), ["12"]);
    });

    it("a count after an opening phrase and its comma is a figure ('In Gaza, 30 people'); an age set off by commas is not", () => {
      assert.deepEqual(figs("In Gaza, 30 people were killed overnight. However, 214 residents were moved. Across Europe, 40 airports were closed."), ["30", "214", "40"]);
      assert.deepEqual(figs("Hazel, 71, runs the shop. The farm belonged to Jorge Hernandez, 49. Apollo 11 landed."), []);
      // After a noun for one person too; not after a group's.
      assert.deepEqual(figs("The actress, 41, has finished her film. Her husband, 52, said nothing. Of the patients, 12, or 40%, died."), ["12", "40%"]);
    });

    it("reads units of devices glued to the number ('12GB', '5,000mAh', '120Hz', '65W'), not '5G', '4K', '3D'", () => {
      assert.deepEqual(figs("It ships with 12GB of memory, a 5,000mAh battery, a 120Hz screen and 65W charging."), ["12GB", "5,000mAh", "120Hz", "65W"]);
      assert.deepEqual(figs("It has a 5G modem, a 3D camera and 4K video."), []);
    });

    it("reads thousands set apart by a no-break or thin space as one number ('1\u00a0200 tonnes', '€1\u202f200\u202f000')", () => {
      assert.deepEqual(figs("Output rose to 1\u00a0200 tonnes and €1\u202f200\u202f000 was paid by 3\u2009456 people."), ["1\u00a0200 tonnes", "€1\u202f200\u202f000", "3\u2009456"]);
      // Not after a year: "In 2019\u00a0200 people came" counts 200.
      assert.deepEqual(figs("In 2019\u00a0200 people came."), ["200"]);
    });

    it("no figure in a range's last day ('between September 6 and 11') or a reference with leading zeros ('incident 0093'); 'Half of all buyers' is one", () => {
      assert.deepEqual(figs("The survey of 1,004 voters was conducted between September 6 and 11. Call 101, quoting incident 0093 of 14 June."), ["1,004"]);
      assert.deepEqual(figs("Policymakers meet on March 17-18. The festival runs March 17–18 in Austin, with 40 bands."), ["40"]);
      // A clock's minutes ("ten to seven"), an ordinal "a third and subsequent"; a count after a name's ’s.
      assert.deepEqual(figs("At ten to seven on a grey morning, the ferry left. The rate for a third and subsequent property rises."), []);
      assert.deepEqual(figs("About a third were found unsafe. Scotland's 32 councils are underfunded; the FBI's 10 Most Wanted List."), ["a third", "32"]);
      // "the eight members of OPEC+" says which it counts: no reference back like "the two capitals".
      assert.deepEqual(figs("The eight members of OPEC+ met on Sunday. The two capitals agreed."), ["eight"]);
      // "the 140 Assembly seats" counts seats: no model number, so a later "140 centres" is a figure too.
      assert.deepEqual(figs("The UDF won 97 of the 140 Assembly seats. Counting began across 140 centres."), ["97", "140", "140"]);
      assert.deepEqual(figs("Half of all buyers rely on family. Half the staff left. The first half ended."), ["Half", "Half"]);
    });

    it("days listed before their month are no figures ('on 28, 29 and 30 January')", () => {
      assert.deepEqual(figs("Drivers will strike on 28, 29 and 30 January. Buses stop on 2 and 3 May. Sales rose 28% to 30 March."), ["28%"]);
      assert.deepEqual(figs("Talks are scheduled for 9 to 11 November. The show runs from 3 until 5 May."), []);
    });

    it("rupees, lakhs and crores ('Rs 500 crore', '₹6,000-crore', '16.9 lakh'), and thousands before a hyphen ('6,000-tonne')", () => {
      const f = findFigures(parseDocument("The state spent Rs 500 crore. It is a ₹6,000-crore industry. About 16.9 lakh students sat. Rs. 1,200 was paid. A 6,000-tonne ship. Call 020-7946-0958."));
      assert.deepEqual(f.map((x) => [x.span.end - x.span.start > 0 ? x.kind : "", x.value, x.unit]), [
        ["money", 5e9, "INR"],
        ["money", 6e10, "INR"],
        ["cardinal", 1690000, "students"],
        ["money", 1200, "INR"],
        ["quantity", 6000, "tonne"],
      ]);
    });

    it("a currency's letters glued to an amount ('R2.5 billion', 'N1.1 trillion', 'KSh1,200'), not a road or a model ('N1', 'R2')", () => {
      const f = findFigures(parseDocument("The state lost R2.5 billion. Lagos spent N1.1 trillion. Kenya raised Sh600 million and KSh1,200 each. It cost RM40m. Take the N1 highway to see the R2 droid."));
      assert.deepEqual(f.map((x) => [x.kind, x.value, x.unit]), [
        ["money", 2.5e9, "ZAR"],
        ["money", 1.1e12, "NGN"],
        ["money", 6e8, "KES"],
        ["money", 1200, "KES"],
        ["money", 4e7, "MYR"],
      ]);
    });

    it("pence glued to the number are money ('22.9p per kWh', '1,178p'); '5p.m.', '12pts' are not", () => {
      assert.deepEqual(figs("The unit rate will fall to 22.9p per kWh. Shares fell to 1,178p. The train left at 5p.m. sharp. He scored 12pts."), ["22.9p", "1,178p"]);
    });

    it("a number to call ('call Cheshire Police on 101', 'dial 999') and a time of day in words ('half past five')", () => {
      assert.deepEqual(figs("Anyone with information should call Cheshire Police on 101. Call us on 0800 123. Dial 999 in an emergency."), []);
      assert.deepEqual(figs("The alarm went off at half past five in the morning. The bus left at quarter to six. They met at five in the evening. He left at six o'clock."), []);
      assert.deepEqual(figs("Anyone with information is asked to call 101 quoting reference 5224098765. Prosecutors will call 30 witnesses."), ["30"]);
      assert.deepEqual(figs("Call 999 or 112 in an emergency. Call us on 0800 123 4567 or 0800 765 4321."), []);
      // "on" with no call before it counts ("on 12 occasions"), and a count before "past".
      assert.deepEqual(figs("Officers were called on 12 occasions. Ten past winners attended."), ["12", "Ten"]);
    });
  });

  it("counts no emergency number ('access to 911', 'calls to 999', '911 operators') and no part of the calendar ('the first nine months of the year')", () => {
    assert.deepEqual(figs("The outage cut off, in some areas, access to 911. Calls to 999 rose. The 911 operators coped. He dialled 112 twice."), []);
    assert.deepEqual(figs("Deaths rose to 911 last year."), ["911"]);
    assert.deepEqual(figs("Sales rose in the first nine months of the year and in the first nine months of 2025."), []);
    assert.deepEqual(figs("Sales rose in the past three months. It lasted the first nine months of his term."), ["three months", "nine months"]);
  });

  it("counts no time reference counted in events ('two seasons ago', '3 terms ago')", () => {
    const texts = (t: string): string[] => analyze(t).figures.map((f) => f.text);
    assert.deepEqual(texts("Rovers, who were relegated two seasons ago, have won 18 of 26 games. He was elected 3 terms ago."), ["18", "26"]);
  });

  it("counts no rank's cut-off ('the top 10', 'a top-20 finish') and no race named by its distance ('the 400m hurdles')", () => {
    const texts = (t: string): string[] => analyze(t).figures.map((f) => f.text);
    assert.deepEqual(texts("She finished in the top 10. It posted a top-20 finish. The Premier League's top four."), []);
    assert.deepEqual(texts("He ran the 400m hurdles and won the 100m final."), []);
    assert.deepEqual(texts("The top 10% of earners pay 60% of tax. The firm raised 100m in funding."), ["10%", "60%", "100m"]);
  });

  it("is linear enough for long articles", () => {
    const para = "The bank said inflation slowed to 8.0 percent in October, while 1,200 troops and $3.5bn moved. ";
    const t = para.repeat(400);
    const t0 = process.hrtime.bigint();
    const n = findFigures(parseDocument(t)).length;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(n, 1200);
    assert.ok(ms < 500, `took ${ms} ms`);
  });

  describe("generalisation (held-out constructions)", () => {
    it("'a fifth' before a name or noun phrase is an ordinal; before 'of' a fraction", () => {
      assert.deepEqual(figs("The club reached a third Champions Cup final."), []);
      assert.deepEqual(figs("She won a fifth straight title."), []);
      assert.deepEqual(figs("A fifth of the budget went on roads."), ["A fifth"]);
      assert.deepEqual(figs("Costs rose by a third last year."), ["a third"]);
    });

    it("a maker's name before a model number makes the number a name wherever it stands alone", () => {
      assert.deepEqual(figs("The final Boeing 717 was delivered. The 717 had slow sales, with 155 planes ordered."), ["155"]);
      assert.deepEqual(figs("Ryanair bought Boeing 737-800 jets. It flies 737 routes."), []);
      assert.deepEqual(figs("The McDonnell 717 flew. The 717 program ended."), []);
      // Not a round hundred ("Fortune 500"), not before a plural noun ("Boeing 300 workers").
      assert.deepEqual(figs("Fortune 500 firms grew. They hired 500 staff."), ["500"]);
      // (A number right after a capitalised word is a name's already: the first is never a figure.)
      assert.deepEqual(figs("Boeing 300 workers struck. The 300 workers won."), ["300"]);
      assert.deepEqual(figs("Boeing 317 workers struck. The 317 workers won."), ["317"]);
      // A sentence's first word or a month is no maker.
      assert.deepEqual(figs("In 2025, June 787 orders came. 787 planes flew."), ["787", "787"]);
    });

    it("numbers inside product and model names are not figures", () => {
      assert.deepEqual(figs("Sales of the eReader 3 slowed."), []);
      assert.deepEqual(figs("The carrier ordered the first 340 Skylark jets. After the 340, it plans a larger model."), []);
      assert.deepEqual(figs("The 340-8 seats 180 passengers."), ["180"]);
      assert.deepEqual(figs("The 340-8 and the 340-9 differ."), []);
      assert.deepEqual(figs("Airbus flew the A321 for 6 hours."), ["6 hours"]);
      // The determiner is a whole word, in any case, with any spaces before the number.
      assert.deepEqual(figs("THE\u00a0 340 Skylark flew. After the 340, it rested."), []);
      assert.deepEqual(figs("Its 340 Skylark flew. After the 340, it rested."), []);
      assert.deepEqual(figs("They bathe 340 Skylark birds daily. After the 340, rest."), ["340", "340"]);
      assert.deepEqual(figs("Then 340 Skylark fans came."), ["340"]);
    });

    it("counts before demonyms, plurals and ranges stay figures", () => {
      assert.deepEqual(figs("The 400 Syrian refugees arrived."), ["400"]);
      assert.deepEqual(figs("The first 300 Britons landed."), ["300"]);
      assert.equal(figs("Some 200-400 workers joined.").length > 0, true);
    });
  });
});

describe("figures: each paragraph read on its own", () => {
  it("does not look at the paragraph before for what stands before a number", () => {
    // The editor re-analyses a paragraph without the text before it: a full analysis must not see it either.
    for (const [before, para] of [["It will retail for around $9", ".99 US dollars, although some."], ["It costs 9", ".99 US dollars."], ["Model A330", "-200 jets were ordered, 12 of them."]] as const) {
      const whole = findFigures(parseDocument(`${before}\n${para}`)).filter((f) => f.span.start > before.length).map((f) => ({ text: f.text, start: f.span.start - before.length - 1 }));
      const alone = findFigures(parseDocument(para)).map((f) => ({ text: f.text, start: f.span.start }));
      assert.deepEqual(whole, alone, `${before} | ${para}`);
    }
  });

  it("gives the incremental analysis a full analysis's figures when a line break splits a number", () => {
    const text = "The films will retail for around $9.99 US dollars, although some studios want more.\nAnother paragraph.";
    const inc = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
    inc.analyze(text);
    const edited = text.replace("$9.99", "$9\n.99");
    assert.deepStrictEqual(inc.analyze(edited).figures, analyze(edited, { referenceDate: "2025-12-28" }).figures);
  });
});

describe("figures: dollars of other countries", () => {
  it("keeps the whole prefix and its currency: CA$, AU$, S$, NT$, MX$", () => {
    const t = "Chrysler will receive CA$1 billion, AU$52.5 million, S$3, NT$40 and MX$7 in aid.";
    const fs = findFigures(parseDocument(t));
    assert.deepEqual(fs.map((f) => [f.text, f.unit]), [
      ["CA$1 billion", "CAD"],
      ["AU$52.5 million", "AUD"],
      ["S$3", "SGD"],
      ["NT$40", "TWD"],
      ["MX$7", "MXN"],
    ]);
  });
});

describe("figures: rates, glued 'pc', Indian grouping", () => {
  it("reads a rate as one figure: '45 per 100,000', '1 officer for every 1,150'", () => {
    assert.deepEqual(figs("The murder rate is 45 per 100,000 people."), ["45 per 100,000"]);
    assert.deepEqual(figs("The station has 1 officer for every 1,150 residents."), ["1 officer for every 1,150"]);
    assert.deepEqual(figs("It costs 3 per 1,000."), ["3 per 1,000"]);
    assert.deepEqual(figs("The plant makes 300 cars per day."), ["300"]);
    assert.deepEqual(figs("Shares rose to $40 per share."), ["$40"]);
  });

  it("reads '5pc' as a percentage, and '1,20,000' as one number", () => {
    assert.deepEqual(findFigures(parseDocument("Profits rose 5pc in the third quarter.")).map((f) => [f.text, f.kind]), [["5pc", "percent"]]);
    assert.deepEqual(findFigures(parseDocument("About 1,20,000 people were evacuated.")).map((f) => [f.text, f.value]), [["1,20,000", 120000]]);
    assert.deepEqual(figs("Sales were 12,345 units and 1,234,567 in total."), ["12,345", "1,234,567"]);
  });
});

describe("figures: half a scale", () => {
  it("reads 'Half a million people', 'half a billion dollars' as one figure", () => {
    assert.deepEqual(findFigures(parseDocument("Half a million people fled.")).map((f) => [f.text, f.kind, f.value]), [["Half a million", "cardinal", 500000]]);
    assert.deepEqual(findFigures(parseDocument("The project cost half a billion dollars.")).map((f) => [f.text, f.kind, f.value]), [["half a billion dollars", "money", 500000000]]);
    assert.deepEqual(figs("Half of all buyers paid cash."), ["Half"]);
  });
});
