import type { Sector, Sex } from '../core/workshop/vocabulary.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Actor } from './accounts.js';
import { DEMO_DECIDED_TITLES, decideDemoRecommendations } from './demo-recommendations.js';
import { addSession } from './workshop-agenda.js';
import { importParticipants } from './workshop-participants.js';
import { createWorkshop } from './workshops.js';
import type { Workspace } from './workspace.js';

/**
 * The demo's participants: fictional people (names, posts and organisations made up for the
 * demo), grouped by the organisation that sent them. `absent`: the days (1, 2) they missed.
 */
const DEMO_DELEGATIONS: readonly {
  readonly organisation: string;
  readonly sector: Sector;
  readonly people: readonly (readonly [
    name: string,
    sex: Sex,
    post: string,
    absent?: readonly number[],
  ])[];
}[] = [
  {
    organisation: 'Ministère de la Justice et des Droits de l’Homme',
    sector: 'government',
    people: [
      ['Aminata Diakité', 'female', 'Conseillère technique'],
      ['Boubacar Sangaré', 'male', 'Directeur des affaires judiciaires'],
      ['Seydou Togola', 'male', 'Chargé de mission'],
      ['Mariam Samaké', 'female', 'Juriste'],
      ['Ibrahim Dembélé', 'male', 'Chef de division législation'],
      ['Oumou Konaté', 'female', 'Chargée de la coopération'],
    ],
  },
  {
    organisation: 'Comité national de coordination de la lutte contre la traite des personnes',
    sector: 'government',
    people: [
      ['Fatoumata Sidibé', 'female', 'Secrétaire permanente'],
      ['Modibo Coulibaly', 'male', 'Chargé du suivi-évaluation'],
      ['Adama Traoré', 'male', 'Point focal Kayes'],
      ['Kadiatou Bagayoko', 'female', 'Chargée de la protection'],
      ['Souleymane Doumbia', 'male', 'Point focal Mopti', [2]],
      ['Lassina Diarra', 'male', 'Point focal Gao'],
      ['Hamidou Maïga', 'male', 'Chargé de communication'],
      ['Bakary Fofana', 'male', 'Assistant technique'],
    ],
  },
  {
    organisation: 'Tribunal de grande instance de la Commune III',
    sector: 'justice',
    people: [
      ['Salimata Kanté', 'female', 'Juge d’instruction'],
      ['Moussa Camara', 'male', 'Procureur de la République'],
      ['Drissa Ballo', 'male', 'Substitut du procureur'],
      ['Yacouba Sissoko', 'male', 'Président de chambre'],
    ],
  },
  {
    organisation: 'Cour d’appel de Bamako',
    sector: 'justice',
    people: [
      ['Nana Keïta', 'female', 'Conseillère à la cour'],
      ['Abdoulaye Guindo', 'male', 'Avocat général'],
      ['Cheick Diallo', 'male', 'Conseiller à la cour', [1]],
      ['Mamadou Sow', 'male', 'Magistrat'],
      ['Issa Touré', 'male', 'Magistrat'],
      ['Sidiki Berthé', 'male', 'Greffier en chef'],
    ],
  },
  {
    organisation: 'Direction générale de la Police nationale',
    sector: 'law_enforcement',
    people: [
      ['Awa Konaré', 'female', 'Commissaire'],
      ['Karim Tangara', 'male', 'Brigade des mœurs et de la protection des mineurs'],
      ['Bourama Koné', 'male', 'Office central des stupéfiants'],
      ['Daouda Cissé', 'male', 'Police des frontières', [2]],
      ['Tiémoko Mariko', 'male', 'Commissaire adjoint'],
    ],
  },
  {
    organisation: 'Direction générale de la Gendarmerie nationale',
    sector: 'law_enforcement',
    people: [
      ['Cheick Oumar Diarra', 'male', 'Commandant de brigade'],
      ['Amadou Haïdara', 'male', 'Officier de police judiciaire'],
      ['Sékou Kouyaté', 'male', 'Chef d’escadron', [1, 2]],
      ['Ramata Cissé', 'female', 'Adjudante-chef'],
      ['Youssouf Tembely', 'male', 'Officier de liaison'],
    ],
  },
  {
    organisation: 'ONG Solidarité pour les enfants et les femmes',
    sector: 'civil_society',
    people: [
      ['Rokia Dao', 'female', 'Directrice exécutive'],
      ['Alassane Goïta', 'male', 'Chargé de programme'],
      ['Bintou Fané', 'female', 'Assistante sociale'],
      ['Harouna Sanogo', 'male', 'Juriste'],
    ],
  },
  {
    organisation: 'Réseau des associations de défense des droits des migrants',
    sector: 'civil_society',
    people: [
      ['Assétou Dicko', 'female', 'Coordinatrice'],
      ['Ousmane Sy', 'male', 'Chargé du plaidoyer', [2]],
      ['Aïssata Dolo', 'female', 'Animatrice'],
      ['Mahamadou Kéita', 'male', 'Membre du bureau'],
      ['Aboubacar Tounkara', 'male', 'Chargé de l’accueil des migrants de retour'],
      ['Zoumana Diabaté', 'male', 'Chargé de suivi'],
    ],
  },
  {
    organisation: 'Partenaires techniques et financiers',
    sector: 'international',
    people: [
      ['Hawa Koïta', 'female', 'Chargée de programme, organisation internationale', [1]],
      ['Jean-Pierre Martin', 'male', 'Expert juridique international'],
      ['Pierre Durand', 'male', 'Conseiller régional'],
      ['Ismaël Ndiaye', 'male', 'Chargé de la protection'],
      ['Djénéba Kassogué', 'female', 'Assistante de programme', [2]],
      ['Thomas Lefèvre', 'male', 'Expert en rédaction législative'],
      ['Malick Fall', 'male', 'Chargé de projet'],
      ['Marc Bernard', 'male', 'Attaché de coopération'],
    ],
  },
];

/** The agenda: days 1–2 the analysis and the recommendations, days 3–5 the drafting strategy. */
const DEMO_AGENDA: readonly {
  /** 1 to 5. */
  readonly day: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: string;
  readonly description: string;
  /** Obligations the session discusses; recommendations linked are those answering them. */
  readonly obligationIds: readonly string[];
  /** Every proposed recommendation (the validation session). */
  readonly allRecommendations?: boolean;
  /** The recommendations the first two days left open (the drafting strategy takes them up). */
  readonly openRecommendations?: boolean;
}[] = [
  {
    day: 1,
    startsAt: '08:30',
    endsAt: '09:30',
    title: 'Accueil, enregistrement et cérémonie d’ouverture',
    description: 'Mot du Ministère de la Justice et du Comité national de coordination.',
    obligationIds: [],
  },
  {
    day: 1,
    startsAt: '09:30',
    endsAt: '12:30',
    title: 'Présentation de l’analyse législative : définition et incriminations',
    description:
      'La loi n°2012-023 au regard du Protocole relatif à la traite : définition, consentement, complicité.',
    obligationIds: ['TIP.3.a', 'TIP.3.b', 'TIP.5.1', 'TIP.5.2.b', 'TIP.5.2.c'],
  },
  {
    day: 1,
    startsAt: '14:00',
    endsAt: '17:00',
    title: 'Protection et assistance des victimes',
    description: 'Identité des victimes, assistance, non-sanction.',
    obligationIds: ['TIP.6.1', 'TIP.6.3', 'GP.nonpunishment', 'GP.victim_definition'],
  },
  {
    day: 2,
    startsAt: '09:00',
    endsAt: '12:30',
    title: 'Trafic illicite de migrants et coopération',
    description: 'Les lacunes au regard du Protocole contre le trafic illicite de migrants.',
    obligationIds: ['SOM.6.1.a', 'SOM.6.1.b.i', 'GP.tip_som_distinction', 'UNTOC.12.1'],
  },
  {
    day: 2,
    startsAt: '14:00',
    endsAt: '17:30',
    title: 'Validation des recommandations',
    description: 'Examen et vote des recommandations, une par une.',
    obligationIds: [],
    allRecommendations: true,
  },
  {
    day: 3,
    startsAt: '09:00',
    endsAt: '12:30',
    title: 'Stratégie de rédaction : une loi sur la traite, une loi sur le trafic de migrants',
    description: 'Architecture des textes, calendrier et comité de rédaction.',
    obligationIds: [],
    openRecommendations: true,
  },
  {
    day: 4,
    startsAt: '09:00',
    endsAt: '17:00',
    title: 'Travaux de groupes : avant-projets de textes',
    description: 'Groupe 1 : traite des personnes. Groupe 2 : trafic illicite de migrants.',
    obligationIds: [],
  },
  {
    day: 5,
    startsAt: '09:00',
    endsAt: '12:30',
    title: 'Restitution des travaux, feuille de route et clôture',
    description: '',
    obligationIds: [],
  },
];

/** The attendance sheet the organisers filled at the desk on days 1 and 2, as CSV. */
function demoSheet(): string {
  const lines = ['Nom;Structure;Secteur;Fonction;Sexe;Jour 1;Jour 2'];
  for (const delegation of DEMO_DELEGATIONS) {
    for (const [name, sex, post, absent = []] of delegation.people) {
      const mark = (day: number) => (absent.includes(day) ? '' : 'x');
      lines.push(
        [
          name,
          delegation.organisation,
          delegation.sector,
          post,
          sex === 'female' ? 'F' : 'M',
          mark(1),
          mark(2),
        ].join(';'),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** How many participants the attendance sheet has present on `day` (1 or 2). */
function presentOn(day: number): number {
  return DEMO_DELEGATIONS.flatMap((delegation) => delegation.people).filter(
    ([, , , absent = []]) => !absent.includes(day),
  ).length;
}

/** `YYYY-MM-DD` moved by `days` (calendar arithmetic in UTC, no time of day involved). */
function addDays(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * Adds the national validation workshop to the demo project: five days in Bamako, the agenda
 * linked to the findings' obligations and to the recommendations, 52 participants (15 women)
 * imported from the attendance sheet, present on days 1 and 2 but for a few, and the decisions
 * of those two days on record (four recommendations adopted, one deferred), so a drafter can
 * start from adopted recommendations. The workshop is under way: `today` is its third day,
 * so phones can check in and vote at once on what is still open.
 */
export async function seedDemoWorkshop(
  workspace: Workspace,
  request: { readonly projectId: string; readonly organiser: Actor; readonly today: string },
): Promise<string> {
  const { projectId, organiser: actor } = request;
  const dayOf = (number: number): string => addDays(request.today, number - 3);
  const workshop = await createWorkshop(workspace, {
    actor,
    projectId,
    details: {
      title: 'Atelier national de validation de l’analyse législative',
      startsOn: dayOf(1),
      endsOn: dayOf(5),
      place: 'Bamako',
      organisers:
        'Ministère de la Justice et des Droits de l’Homme ; Comité national de coordination de la lutte contre la traite des personnes',
      partners: 'Partenaires techniques et financiers',
      description:
        'Validation de l’analyse de la loi n°2012-023 et des recommandations, puis stratégie de rédaction des nouveaux textes. Participants fictifs (démonstration).',
    },
  });
  const ids = { actor, projectId, workshopId: workshop.id };
  const recommendations = (await listRecommendations(workspace.store.db, projectId)).filter(
    (recommendation) => recommendation.status !== 'draft',
  );
  for (const session of DEMO_AGENDA) {
    const obligationIds = session.obligationIds.filter((id) => workspace.catalogue.byId.has(id));
    const linked = recommendations.filter(
      (recommendation) =>
        session.allRecommendations === true ||
        (session.openRecommendations === true && !DEMO_DECIDED_TITLES.has(recommendation.title)) ||
        recommendation.obligationIds.some((id) => obligationIds.includes(id)),
    );
    await addSession(workspace, {
      ...ids,
      body: {
        day: dayOf(session.day),
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        title: session.title,
        description: session.description,
        recommendationIds: linked.map((recommendation) => recommendation.id),
        obligationIds,
      },
    });
  }
  const imported = await importParticipants(workspace, {
    ...ids,
    upload: {
      fileName: 'liste-de-presence.csv',
      bytes: new TextEncoder().encode(demoSheet()),
    },
    partial: false,
  });
  if (!imported.imported) {
    throw new Error(`The demo attendance sheet has errors: ${JSON.stringify(imported.errors)}`);
  }
  await decideDemoRecommendations(workspace, {
    projectId,
    chair: actor,
    workshopId: workshop.id,
    presentOn,
  });
  return workshop.id;
}
