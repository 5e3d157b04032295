namespace KnowledgeBase.Benchmarks;

/// <summary>
/// Real words of French social action, roughly from most to least frequent, from which the
/// synthetic corpus is drawn with a Zipf distribution.
/// </summary>
internal static class FrenchWords
{
    public static readonly string[] Domain = Split("""
        accompagnement personnes projet social insertion logement jeunes emploi familles action
        dispositif habitants quartier partenaires association territoire public accès formation
        santé enfants parcours solidarité aide ville professionnels bénévoles structure service
        département commune accueil suivi situation difficulté besoins soutien mobilité droits
        hébergement précarité ateliers collectif réseau travail orientation prévention éducation
        culture numérique alimentation handicap autonomie parentalité seniors vieillissement isolement
        lien médiation participation citoyenneté égalité inclusion pauvreté exclusion chômage
        allocataires bénéficiaires revenu ressources budget financement subvention évaluation résultats
        impact expérimentation innovation pratique méthode démarche diagnostic entretien rencontre
        permanence animation coordination gouvernance pilotage comité convention contrat charte
        référent travailleur éducateur animateur conseiller assistante coordinateur médiateur
        intervenant psychologue infirmier médecin directeur responsable équipe salariés volontaires
        service civique stage apprentissage qualification compétences diplôme école collège lycée
        université étudiants décrochage scolaire réussite soutien scolaire loisirs sport vacances
        jardin potager épicerie repas cantine restauration distribution colis vestiaire laverie
        transport covoiturage vélo permis conduite garage voiture bus navette rural urbain
        politique ville prioritaire rénovation bailleur locataires propriétaires copropriété
        expulsion impayés loyer énergie chauffage précarité énergétique isolation travaux
        adaptation domicile résidence foyer maison pension famille centre social maison quartier
        mairie caisse allocations familiales conseil départemental région état préfecture
        justice protection enfance placement adoption violences femmes victimes égalité
        hommes couple séparation divorce garde crèche petite enfance assistantes maternelles
        addiction alcool tabac drogues réduction risques dépistage vaccination soins hôpital
        urgence psychiatrie souffrance psychique écoute ligne téléphone plateforme site internet
        outil guide formation numérique ordinateur tablette smartphone démarches administratives
        dossier déclaration impôts retraite pension invalidité allocation prime activité
        solidarité active minimum vieillesse aide sociale personnalisée autonomie dépendance
        aidants répit handicapés travailleurs migrants réfugiés demandeurs asile étrangers
        langue français alphabétisation illettrisme lecture écriture calcul bibliothèque
        médiathèque théâtre musique danse cinéma exposition festival patrimoine environnement
        écologie déchets recyclage réemploi ressourcerie économie circulaire agriculture circuits
        courts producteurs marché consommation gaspillage entreprises insertion chantiers
        employeurs recrutement embauche salaire contrat aidé intérim clauses sociales achats
        mécénat fondation don collecte campagne communication presse réseaux sociaux témoignage
        """);

    public static readonly string[] StopWords = Split("""
        de la le les des et à en du un une pour dans par sur au aux avec qui que est sont ont
        ce cette ces leur leurs plus ne pas se son sa ses il elle ils nous vous été être avoir
        """);

    public static readonly string[] Towns = Split("""
        Lille Roubaix Tourcoing Amiens Rouen Caen Rennes Brest Nantes Angers Tours Orléans Dijon
        Besançon Strasbourg Metz Nancy Reims Troyes Paris Montreuil Bobigny Créteil Versailles
        Lyon Villeurbanne Grenoble Valence Clermont Limoges Poitiers Bordeaux Pau Bayonne Toulouse
        Montpellier Nîmes Perpignan Marseille Toulon Nice Avignon Ajaccio Bastia Cayenne
        Fort-de-France Pointe-à-Pitre Saint-Denis Mamoudzou Vannes Quimper Lorient Niort Agen
        """);

    private static string[] Split(string text) =>
        text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
