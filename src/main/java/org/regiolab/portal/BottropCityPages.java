package org.regiolab.portal;

import java.util.List;

/**
 * The city's offer pages of the demo world. What the seed says is taken as it stands (Fairtrade-Town
 * since 26 November 2021 with 17 actors in the steering group instead of the three required, valid
 * for two years; free Wi-Fi in the city centre from the Wifi4EU programme in rooms of six city-centre
 * businesses); market days, places and voucher details are not in the seed and are marked as examples.
 */
final class BottropCityPages {

	record Page(String slug, int position, String titleDe, String titleEn, String summaryDe, String summaryEn,
			String bodyDe, String bodyEn) {
	}

	private BottropCityPages() {
	}

	static List<Page> all() {
		return List.of(new Page("wochenmarkt", 10, "Wochenmarkt", "Weekly market",
				"Obst, Gemüse, Blumen und Backwaren von Händlerinnen und Händlern aus der Region.",
				"Fruit, vegetables, flowers and bread from traders of the region.", """
						Auf dem Wochenmarkt verkaufen Händlerinnen und Händler aus Bottrop und der Region Obst und Gemüse, \
						Käse, Fleisch und Wurst, Blumen und Backwaren.

						Markttage und Marktplatz in diesem Demo-Portal sind Beispielangaben: dienstags, donnerstags und \
						samstags von 7 bis 13 Uhr in der Innenstadt.

						Viele Marktstände nehmen den Bottrop-Gutschein an.""", """
						At the weekly market traders from Bottrop and the region sell fruit and vegetables, cheese, meat, \
						flowers and bread.

						Market days and place in this demo portal are examples: Tuesdays, Thursdays and Saturdays from \
						7 am to 1 pm in the city centre.

						Many stalls accept the Bottrop voucher."""),
				new Page("bottrop-gutschein", 20, "Bottrop-Gutschein", "Bottrop voucher",
						"Ein Gutschein, den viele Geschäfte, Cafés und Handwerksbetriebe der Stadt annehmen.",
						"A voucher that many shops, cafés and craft businesses of the city accept.", """
								Mit dem Bottrop-Gutschein verschenken Sie Einkaufen vor Ort: Er gilt in den teilnehmenden \
								Geschäften, Cafés und Betrieben der Stadt, und das Geld bleibt in Bottrop.

								Welche Betriebe den Gutschein annehmen, zeigt die Suche mit dem Filter »Mit aktuellem \
								Angebot«: Sie tragen den Gutschein als Angebot in ihrem Eintrag.

								Verkaufsstellen und Beträge in diesem Demo-Portal sind Beispielangaben.""", """
								With the Bottrop voucher you give shopping in town: it is accepted by the participating \
								shops, cafés and businesses of the city, and the money stays in Bottrop.

								The search with the filter "with a current offer" shows which businesses accept it: they \
								list the voucher as an offer in their entry.

								Points of sale and amounts in this demo portal are examples."""),
				new Page("fairtrade-town", 30, "Fairtrade-Town Bottrop", "Fairtrade Town Bottrop",
						"Seit dem 26. November 2021 ist Bottrop Fairtrade-Town.",
						"Bottrop has been a Fairtrade Town since 26 November 2021.", """
								Am 26. November 2021 hat Bottrop die Auszeichnung »Fairtrade-Town« erworben und die \
								Kriterien übererfüllt: In der Steuerungsgruppe arbeiten 17 Akteure statt der geforderten drei.

								Einzelhändler, Politik, Gastronomie, Glaubensgemeinschaften, Schulen, Vereine und Kitas \
								engagieren sich im Netzwerk »Fairtrade Bottrop«, das in die regionalen und nationalen \
								Fairtrade-Netzwerke eingebunden ist.

								Die Auszeichnung gilt zunächst zwei Jahre; danach wird neu geprüft. Das Netzwerk will das \
								Engagement darüber hinaus erhalten und erweitern.""", """
								On 26 November 2021 Bottrop was awarded the title "Fairtrade Town" and more than met the \
								criteria: 17 actors work in the steering group instead of the three required.

								Retailers, politics, restaurants, faith communities, schools, clubs and day-care centres \
								take part in the network "Fairtrade Bottrop", which is linked to the regional and national \
								Fairtrade networks.

								The title is valid for two years at first; then it is reviewed again. The network wants to \
								keep and widen the commitment beyond that."""),
				new Page("freies-wlan", 40, "Freies WLAN in der Innenstadt", "Free Wi-Fi in the city centre",
						"Kostenlos surfen in der Bottroper Innenstadt.", "Free internet access in Bottrop's city centre.", """
								In der Innenstadt surfen Sie kostenlos im freien WLAN. Die Zugangspunkte stehen in den \
								Räumen von sechs Unternehmen der Innenstadt; gefördert wurde das Netz aus dem \
								EU-Programm »Wifi4EU«.

								Das freie WLAN soll mehr Kundschaft in die Innenstadt bringen.""", """
								In the city centre you can use the free Wi-Fi. The access points are in the premises of six \
								city-centre businesses; the network was funded by the EU programme "Wifi4EU".

								The free Wi-Fi is meant to bring more customers into the city centre."""));
	}
}
