-- The cluster as described in its own presentation (shared/domain/ptce-les-interactifs.md):
-- the three bodies, the seven member structures of the PRMA in the Deux-Sèvres, the partners and the PRMA.
-- Ids are fixed here (the sequences start at 1000). Nothing here is invented; the demo people live in keycloak-realm.json and are marked as demo there.

INSERT INTO body (id, code, name, purpose, display_order) VALUES
(1, 'WORKING_GROUP', 'Groupe de travail resserré',
 'Méthodologie : quelques personnes du PRMA et des structures membres préparent et vérifient les travaux.', 1),
(2, 'DEPARTMENTAL_MEETING', 'Réunion départementale',
 'Mutualisation de l''information et des actions entre les 7 structures adhérentes des Deux-Sèvres.', 2),
(3, 'STEERING_COMMITTEE', 'Comité de pilotage',
 'Ensemble des membres des Interactifs, partenaires compris : pilote, examine et décide.', 3);

INSERT INTO organisation (id, slug, kind, name, legal_form, activities, keycloak_group) VALUES
(1, 'le-camji', 'MEMBER_STRUCTURE', 'Le Camji', 'Association',
 'Diffusion de concerts, action culturelle', '/structures/le-camji'),
(2, 'la-ronde-des-jurons', 'MEMBER_STRUCTURE', 'La Ronde des Jurons', 'Association',
 'Production de concerts, création artistique', '/structures/la-ronde-des-jurons'),
(3, 'trastaroots', 'MEMBER_STRUCTURE', 'Trastaroots', 'Association',
 'Diffusion de concerts, enseignement artistique, action culturelle', '/structures/trastaroots'),
(4, 'upcp-metive', 'MEMBER_STRUCTURE', 'UPCP-Métive', 'Association (Centre de Musiques et de Danses Traditionnelles)',
 'Production de concerts, enseignement artistique, action culturelle', '/structures/upcp-metive'),
(5, 'conservatoire-du-thouarsais', 'MEMBER_STRUCTURE', 'Conservatoire de Musiques et de Danses du Thouarsais',
 'Régie intercommunale', 'Enseignement artistique, diffusion de concerts', '/structures/conservatoire-du-thouarsais'),
(6, 'boc-hall', 'MEMBER_STRUCTURE', 'Boc''Hall', 'Association',
 'Diffusion de concerts, action culturelle', '/structures/boc-hall'),
(7, 'burkina-azza', 'MEMBER_STRUCTURE', 'Burkina Azza', 'Association',
 'Production de concerts, action culturelle', '/structures/burkina-azza'),

(8, 'conseil-regional', 'PARTNER', 'Conseil Régional Poitou-Charentes', 'Collectivité territoriale', NULL,
 '/partenaires/conseil-regional'),
(9, 'conseil-departemental-79', 'PARTNER', 'Conseil départemental des Deux-Sèvres', 'Collectivité territoriale', NULL,
 '/partenaires/conseil-departemental-79'),
(10, 'ca-niortais', 'PARTNER', 'Communauté d''Agglomération du Niortais', 'Collectivité territoriale', NULL,
 '/partenaires/ca-niortais'),
(11, 'cc-mellois', 'PARTNER', 'Communauté de Communes du Mellois', 'Collectivité territoriale', NULL,
 '/partenaires/cc-mellois'),
(12, 'cc-thouarsais', 'PARTNER', 'Communauté de Communes du Thouarsais', 'Collectivité territoriale', NULL,
 '/partenaires/cc-thouarsais'),
(13, 'ca-bocage-bressuirais', 'PARTNER', 'Communauté d''Agglomération du Bocage Bressuirais', 'Collectivité territoriale',
 NULL, '/partenaires/ca-bocage-bressuirais'),
(14, 'cc-parthenay-gatine', 'PARTNER', 'Communauté de Communes de Parthenay-Gâtine', 'Collectivité territoriale', NULL,
 '/partenaires/cc-parthenay-gatine'),
(15, 'drac', 'PARTNER', 'DRAC', 'Service déconcentré de l''État', NULL, '/partenaires/drac'),
(16, 'direccte', 'PARTNER', 'DIRECCTE', 'Service déconcentré de l''État', NULL, '/partenaires/direccte'),
(17, 'caisse-des-depots', 'PARTNER', 'Caisse des Dépôts et Consignations', 'Établissement public', NULL,
 '/partenaires/caisse-des-depots'),
(18, 'universite-poitiers-cerege', 'PARTNER', 'Université de Poitiers (CEREGE)', 'Université',
 'Recherche en gestion : pratiques informationnelles des structures des musiques actuelles',
 '/partenaires/universite-poitiers-cerege'),
(19, 'chambres-consulaires', 'PARTNER', 'Chambres consulaires et réseaux d''entreprises', 'Chambres consulaires', NULL,
 '/partenaires/chambres-consulaires'),

(20, 'prma', 'COORDINATION', 'PRMA - Pôle Régional des Musiques Actuelles de Poitou-Charentes', 'Association',
 'Animation et portage des Interactifs', '/coordination/prma');
