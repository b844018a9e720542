import type { CreateRecommendationBody } from '../contract/recommendations.js';
import type { DecisionStatus } from '../core/workshop/vocabulary.js';
import { listFindingSummaries } from '../store/repos/findings.js';
import { listLaws } from '../store/repos/laws.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Actor } from './accounts.js';
import {
  amendRecommendation,
  createRecommendation,
  decideRecommendation,
  proposeRecommendation,
} from './recommendations.js';
import type { Workspace } from './workspace.js';

interface DemoRecommendation {
  /** False: a new law or another text; true: the demo law 2012-023. */
  readonly onDemoLaw: boolean;
  readonly input: Omit<CreateRecommendationBody, 'targetLawId'>;
  /** A second wording, to show a version history and its differences. */
  readonly amendment?: { readonly wording: string; readonly note: string };
  /** Left in draft: still being written. */
  readonly draft?: boolean;
}

const LAW = 'Loi n° 2012-023 relative à la lutte contre la traite des personnes';

/** What the analyst drew from the findings, ready for the validation workshop. */
const DEMO_RECOMMENDATIONS: readonly DemoRecommendation[] = [
  {
    onDemoLaw: false,
    input: {
      title: 'Adopter une loi spécifique sur le trafic illicite de migrants',
      type: 'new_law',
      priority: 'high',
      theme: 'criminalization',
      targetText: 'Nouvelle loi relative au trafic illicite de migrants',
      targetArticle: '',
      wording:
        "Le Gouvernement élabore et soumet à l'Assemblée nationale une loi spécifique relative au trafic illicite de migrants, distincte de la loi sur la traite, qui incrimine le trafic lorsqu'il est commis afin d'obtenir un avantage financier ou un autre avantage matériel, le fait de permettre le séjour illégal, et prévoit des circonstances aggravantes en cas de mise en danger de la vie des migrants ou de traitement inhumain ou dégradant.",
      rationale:
        "La loi n° 2012-023 traite le trafic illicite de migrants dans quelques articles (13 à 15) sans l'élément d'avantage financier ou matériel, sans incriminer le fait de permettre le séjour illégal ni aggraver les peines en cas de mise en danger. Le Protocole contre le trafic illicite de migrants demande aussi de ne pas poursuivre les migrants du seul fait d'avoir été l'objet d'un trafic.",
      findingIds: ['SOM.6.1.a', 'SOM.6.1.c', 'SOM.6.3.a', 'SOM.6.3.b', 'SOM.5'],
      obligationIds: ['GP.tip_som_distinction'],
    },
  },
  {
    onDemoLaw: true,
    input: {
      title: "Élargir l'assistance et la protection des victimes",
      type: 'amend',
      priority: 'high',
      theme: 'victim_protection',
      targetText: LAW,
      targetArticle: 'Article 31',
      wording:
        "L'article 31 est complété comme suit : « Les victimes reçoivent des informations sur les procédures judiciaires et administratives qui les concernent, peuvent présenter leurs avis et préoccupations à chaque stade de la procédure pénale, et bénéficient d'une aide à l'emploi, à l'éducation et à la formation. Les mesures d'assistance tiennent compte de l'âge et du sexe des victimes et des besoins particuliers des enfants. »",
      rationale:
        "Les constats sur les articles 6.2 et 6.3 du Protocole relatif à la traite montrent qu'il manque l'information des victimes sur les procédures, leur droit d'être entendues, l'aide à l'emploi et à la formation, et des mesures adaptées aux enfants.",
      findingIds: ['TIP.6.2.a', 'TIP.6.2.b', 'TIP.6.3.d', 'TIP.6.4'],
      obligationIds: [],
    },
    amendment: {
      wording:
        "L'article 31 est complété comme suit : « Les victimes reçoivent, dans une langue qu'elles comprennent, des informations sur les procédures judiciaires et administratives qui les concernent, peuvent présenter leurs avis et préoccupations à chaque stade de la procédure pénale, et bénéficient d'une aide à l'emploi, à l'éducation et à la formation. Les mesures d'assistance tiennent compte de l'âge et du sexe des victimes et des besoins particuliers des enfants, dont l'intérêt supérieur prime. »",
      note: "Ajout de la langue comprise par la victime et de l'intérêt supérieur de l'enfant",
    },
  },
  {
    onDemoLaw: true,
    input: {
      title: 'Consacrer la non-sanction des victimes de la traite',
      type: 'add',
      priority: 'high',
      theme: 'victim_protection',
      targetText: LAW,
      targetArticle: 'Article 31 bis (nouveau)',
      wording:
        "Il est inséré un article 31 bis ainsi rédigé : « Les victimes de la traite des personnes ne peuvent être poursuivies ni sanctionnées pour les infractions qu'elles ont été contraintes de commettre du fait de leur situation de victime, y compris les infractions à la législation sur l'entrée et le séjour des étrangers. »",
      rationale:
        'La loi ne contient aucune disposition de non-sanction : des victimes peuvent être poursuivies pour des faits commis sous la contrainte des trafiquants, ce qui décourage leur coopération avec la justice.',
      findingIds: [],
      obligationIds: ['GP.nonpunishment', 'GP.victim_definition'],
    },
  },
  {
    onDemoLaw: true,
    input: {
      title: "Protéger l'identité et la vie privée des victimes et des témoins",
      type: 'add',
      priority: 'medium',
      theme: 'victim_protection',
      targetText: LAW,
      targetArticle: 'Article 32',
      wording:
        "L'article 32 est complété comme suit : « La juridiction peut ordonner le huis clos, l'anonymat des victimes et des témoins, leur audition par visioconférence ou derrière un dispositif qui les soustrait à la vue de l'auteur. La publication de toute information permettant d'identifier une victime est punie d'une amende de 500 000 à 2 000 000 de francs CFA. »",
      rationale:
        "La protection des témoins et des victimes témoins n'est pas prévue (anonymat, visioconférence), et l'identité des victimes n'est pas protégée contre la divulgation.",
      findingIds: ['UNTOC.24.2', 'UNTOC.24.4'],
      obligationIds: ['TIP.6.1', 'GP.data_protection'],
    },
  },
  {
    onDemoLaw: true,
    input: {
      title: 'Étendre la confiscation aux instruments et aux produits transformés',
      type: 'amend',
      priority: 'medium',
      theme: 'confiscation',
      targetText: LAW,
      targetArticle: 'Article 27',
      wording:
        "L'article 27 est remplacé par : « En cas de condamnation, la juridiction ordonne la confiscation des biens, matériels et instruments utilisés ou destinés à être utilisés pour commettre l'infraction, ainsi que des produits de l'infraction, y compris lorsqu'ils ont été transformés, convertis ou mêlés à des biens acquis légitimement, à concurrence de leur valeur, sous réserve des droits des tiers de bonne foi. »",
      rationale:
        "L'article 27 ne vise que les produits directs : les instruments, les biens transformés ou mêlés et la protection des tiers de bonne foi manquent.",
      findingIds: ['UNTOC.12.1.b', 'UNTOC.12.3', 'UNTOC.12.4', 'UNTOC.12.8'],
      obligationIds: [],
    },
  },
  {
    onDemoLaw: true,
    input: {
      title: 'Établir la compétence pour les infractions commises à bord des navires et aéronefs',
      type: 'amend',
      priority: 'low',
      theme: 'jurisdiction',
      targetText: LAW,
      targetArticle: 'Article 25',
      wording:
        "L'article 25 est complété par un alinéa ainsi rédigé : « Les juridictions maliennes sont également compétentes lorsque l'infraction est commise à bord d'un navire battant pavillon malien ou d'un aéronef immatriculé au Mali. »",
      rationale:
        "La compétence du pavillon et de l'immatriculation, obligatoire au titre de la Convention, n'est pas prévue.",
      findingIds: ['UNTOC.15.1.b'],
      obligationIds: [],
    },
  },
  {
    onDemoLaw: true,
    draft: true,
    input: {
      title: "Incriminer la complicité, l'organisation et la direction",
      type: 'add',
      priority: 'medium',
      theme: 'criminalization',
      targetText: LAW,
      targetArticle: 'Article 9',
      wording:
        "Est puni des mêmes peines que l'auteur quiconque se rend complice de la traite des personnes ou du trafic illicite de migrants, ou organise ou dirige d'autres personnes pour les commettre.",
      rationale:
        "L'article 9 ne vise que la tentative : la complicité et le fait d'organiser ou de diriger ne sont pas incriminés.",
      findingIds: ['TIP.5.2.b', 'TIP.5.2.c', 'SOM.6.2.b', 'SOM.6.2.c'],
      obligationIds: [],
    },
  },
];

/**
 * Writes the demo project's recommendations as its analyst would: linked to the findings
 * they answer, most proposed for the validation workshop, one still in draft, one amended
 * once. Links to findings the analysis did not produce are left out, so the demo survives a
 * change of the catalogue.
 */
export async function seedDemoRecommendations(
  workspace: Workspace,
  request: { readonly projectId: string; readonly author: Actor },
): Promise<number> {
  const { projectId, author } = request;
  const [law] = await listLaws(workspace.store.db, projectId);
  const findings = new Set(
    (await listFindingSummaries(workspace.store.db, projectId)).map(
      (finding) => finding.obligationId,
    ),
  );
  const known = (id: string): boolean => workspace.catalogue.byId.has(id);
  let written = 0;
  for (const demo of DEMO_RECOMMENDATIONS) {
    const created = await createRecommendation(workspace, {
      actor: author,
      projectId,
      input: {
        ...demo.input,
        targetLawId: demo.onDemoLaw ? (law?.id ?? null) : null,
        findingIds: demo.input.findingIds.filter((id) => findings.has(id)),
        obligationIds: demo.input.obligationIds.filter(known),
      },
    });
    const ids = { actor: author, projectId, recommendationId: created.id };
    let version = created.version;
    if (demo.amendment !== undefined) {
      version = (await amendRecommendation(workspace, { ...ids, ...demo.amendment, version }))
        .version;
    }
    if (demo.draft !== true) {
      await proposeRecommendation(workspace, {
        ...ids,
        status: 'proposed',
        reason: "Prête pour l'atelier de validation",
        version,
      });
    }
    written += 1;
  }
  return written;
}

/**
 * A decision the validation workshop took on its first two days, in the order it took them.
 * Recommendations are named by title (above).
 */
interface DemoDecision {
  readonly title: string;
  /** The workshop day (1 or 2) and the agenda session (demo-workshop.ts) it was taken in. */
  readonly day: 1 | 2;
  readonly session: string;
  readonly status: DecisionStatus;
  readonly reason: string;
  /** A vote: those for and against; everyone else present that day abstained. None: consensus. */
  readonly votes?: { readonly for: number; readonly against: number };
  /** The wording the plenary amended before adopting it with changes. */
  readonly amendment?: { readonly wording: string; readonly note: string };
}

const VICTIMS_SESSION = 'Protection et assistance des victimes';
const VALIDATION_SESSION = 'Validation des recommandations';

/**
 * What the workshop decided on days 1 and 2: four recommendations adopted (one with changes
 * after the plenary amended it), one deferred. The specific law on smuggling of migrants is
 * left for the drafting strategy of day 3, still proposed.
 */
const DEMO_DECISIONS: readonly DemoDecision[] = [
  {
    title: "Élargir l'assistance et la protection des victimes",
    day: 1,
    session: VICTIMS_SESSION,
    status: 'adopted',
    reason:
      "Adoptée par consensus dans sa version 2 (langue comprise par la victime, intérêt supérieur de l'enfant).",
  },
  {
    title: 'Consacrer la non-sanction des victimes de la traite',
    day: 1,
    session: VICTIMS_SESSION,
    status: 'adopted',
    reason:
      'Adoptée à la majorité après un débat sur les infractions à la législation sur le séjour des étrangers.',
    votes: { for: 38, against: 5 },
  },
  {
    title: "Protéger l'identité et la vie privée des victimes et des témoins",
    day: 2,
    session: VALIDATION_SESSION,
    status: 'adopted_with_changes',
    reason:
      "Adoptée avec l'amendement de la société civile : diffusion en ligne, témoins protégés, huis clos de droit pour les enfants.",
    votes: { for: 41, against: 2 },
    amendment: {
      wording:
        "L'article 32 est complété comme suit : « La juridiction peut ordonner le huis clos, l'anonymat des victimes et des témoins, leur audition par visioconférence ou derrière un dispositif qui les soustrait à la vue de l'auteur. Le huis clos est de droit lorsque la victime est un enfant. La publication, par quelque moyen que ce soit, y compris en ligne, de toute information permettant d'identifier une victime ou un témoin protégé est punie d'une amende de 500 000 à 2 000 000 de francs CFA. »",
      note: 'Amendement proposé en séance par la société civile : huis clos de droit pour les enfants, diffusion en ligne et témoins protégés',
    },
  },
  {
    title: 'Étendre la confiscation aux instruments et aux produits transformés',
    day: 2,
    session: VALIDATION_SESSION,
    status: 'adopted',
    reason: 'Adoptée sans opposition.',
    votes: { for: 44, against: 0 },
  },
  {
    title: 'Établir la compétence pour les infractions commises à bord des navires et aéronefs',
    day: 2,
    session: VALIDATION_SESSION,
    status: 'deferred',
    reason:
      "Reportée par consensus : le ministère chargé des Transports doit être consulté sur l'immatriculation des navires et aéronefs ; à reprendre au comité de rédaction.",
  },
];

/** The titles of the recommendations the demo workshop decided on days 1 and 2. */
export const DEMO_DECIDED_TITLES: ReadonlySet<string> = new Set(
  DEMO_DECISIONS.map((decision) => decision.title),
);

/**
 * Records the decisions of the demo workshop's first two days as its chair did: each
 * recommendation taken up under its session, amended in plenary where it was, then decided
 * by consensus or by a vote counted from the participants present that day (`presentOn`),
 * those who neither approved nor opposed abstaining. A recommendation that is not proposed
 * (a changed demo) is left alone. Returns the number of decisions recorded.
 */
export async function decideDemoRecommendations(
  workspace: Workspace,
  request: {
    readonly projectId: string;
    readonly chair: Actor;
    readonly workshopId: string;
    readonly presentOn: (day: 1 | 2) => number;
  },
): Promise<number> {
  const { projectId, chair: actor, workshopId } = request;
  const byTitle = new Map(
    (await listRecommendations(workspace.store.db, projectId)).map((item) => [item.title, item]),
  );
  let decided = 0;
  for (const decision of DEMO_DECISIONS) {
    const record = byTitle.get(decision.title);
    if (record?.status !== 'proposed') continue;
    const ids = { actor, projectId, recommendationId: record.id };
    let { version } = await decideRecommendation(workspace, {
      ...ids,
      status: 'under_discussion',
      reason: `Examinée à l'atelier, jour ${decision.day} : ${decision.session}`,
      version: record.version,
      workshop: { workshopId, questionId: null, method: null, tally: null },
    });
    if (decision.amendment !== undefined) {
      ({ version } = await amendRecommendation(workspace, {
        ...ids,
        ...decision.amendment,
        version,
      }));
    }
    const votes = decision.votes;
    const tally =
      votes === undefined
        ? null
        : {
            ...votes,
            abstain: Math.max(0, request.presentOn(decision.day) - votes.for - votes.against),
          };
    await decideRecommendation(workspace, {
      ...ids,
      status: decision.status,
      reason: decision.reason,
      version,
      workshop: {
        workshopId,
        questionId: null,
        method: tally === null ? 'consensus' : 'vote',
        tally,
      },
    });
    decided += 1;
  }
  return decided;
}
