-- Reference vocabulary shared by every drug: conditions, the class tree, targets, pathways, lab tests.
-- Drug facts come in the V3_x migrations, one per group of medicines.

insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('hgnc', 'HGNC: HUGO Gene Nomenclature Committee database', 'HUGO Gene Nomenclature Committee (EMBL-EBI)', 'REGISTRY', 'https://www.genenames.org/', '2026-11-01', '2026-11-22'),
('weidinger-novak-2016', 'Weidinger S, Novak N. Atopic dermatitis. Lancet 2016;387(10023):1109-1122', 'The Lancet', 'ARTICLE', 'https://doi.org/10.1016/S0140-6736(15)00149-X', '2016-03-12', '2026-11-22'),
('brunner-2017', 'Brunner PM, Guttman-Yassky E, Leung DY. The immunology of atopic dermatitis and its reversibility with broad-spectrum and targeted therapies. J Allergy Clin Immunol 2017;139(4S):S65-S76', 'Journal of Allergy and Clinical Immunology', 'ARTICLE', 'https://doi.org/10.1016/j.jaci.2017.01.011', '2017-04-01', '2026-11-22'),
('gandhi-2016', 'Gandhi NA, Bennett BL, Graham NM, et al. Targeting key proximal drivers of type 2 inflammation in disease. Nat Rev Drug Discov 2016;15(1):35-50', 'Nature Reviews Drug Discovery', 'ARTICLE', 'https://doi.org/10.1038/nrd4624', '2016-01-01', '2026-11-22'),
('aad-2023-systemic', 'Davis DMR, Drucker AM, Alikhan A, et al. Guidelines of care for the management of atopic dermatitis in adults with phototherapy and systemic therapies. J Am Acad Dermatol 2024;90(2):e43-e56', 'American Academy of Dermatology', 'GUIDELINE', 'https://doi.org/10.1016/j.jaad.2023.08.102', '2023-11-03', '2026-11-22'),
('aad-2023-topical', 'Sidbury R, Alikhan A, Bercovitch L, et al. Guidelines of care for the management of atopic dermatitis in adults with topical therapies. J Am Acad Dermatol 2023;89(1):e1-e20', 'American Academy of Dermatology', 'GUIDELINE', 'https://doi.org/10.1016/j.jaad.2022.12.029', '2023-01-12', '2026-11-22'),
('cochrane-2020-systemic', 'Drucker AM, Ellis AG, Bohdanowicz M, et al. Systemic treatments for eczema: a network meta-analysis. Cochrane Database Syst Rev 2020;9:CD013206', 'Cochrane', 'SYSTEMATIC_REVIEW', 'https://doi.org/10.1002/14651858.CD013206.pub2', '2020-09-14', '2026-11-22'),
('cochrane-2022-tcs', 'Lax SJ, Van Vogt E, Candy B, et al. Topical anti-inflammatory treatments for eczema: network meta-analysis. Cochrane Database Syst Rev 2024;8:CD015064', 'Cochrane', 'SYSTEMATIC_REVIEW', 'https://doi.org/10.1002/14651858.CD015064.pub2', '2024-08-02', '2026-11-22'),
('cochrane-2022-strategies', 'Lax SJ, Harvey J, Axon E, et al. Strategies for using topical corticosteroids in children and adults with eczema. Cochrane Database Syst Rev 2022;3:CD013356', 'Cochrane', 'SYSTEMATIC_REVIEW', 'https://doi.org/10.1002/14651858.CD013356.pub2', '2022-03-11', '2026-11-22');

insert into condition (code, name, description) values
('ATOPIC_DERMATITIS', 'atopic dermatitis', 'Chronic, relapsing, itchy inflammatory skin disease driven by skin-barrier dysfunction and type 2 (Th2) immune activation; also called atopic eczema.'),
('CHRONIC_HAND_ECZEMA', 'chronic hand eczema', 'Hand eczema lasting more than 3 months or relapsing at least twice a year, of atopic, irritant or allergic contact origin.'),
('PRURIGO_NODULARIS', 'prurigo nodularis', 'Chronic skin disease with intensely itchy, hard nodules driven by neuro-immune itch signalling, including IL-31.');

-- The class tree: roots by pharmacology, children by route, and the topical corticosteroid potency ladder.
insert into drug_class (name, description, parent_id, rank) values
('corticosteroids', 'Glucocorticoids: agonists of the glucocorticoid receptor that broadly suppress inflammatory gene expression.', null, null),
('calcineurin inhibitors', 'Drugs that block calcineurin, the phosphatase that activates NFAT and with it T-cell cytokine production.', null, null),
('JAK inhibitors', 'Small molecules that block Janus kinases and so the JAK-STAT signalling of many cytokines, including IL-4, IL-13 and IL-31.', null, null),
('PDE4 inhibitors', 'Phosphodiesterase-4 inhibitors: raise intracellular cAMP in immune cells and lower inflammatory cytokine production.', null, null),
('aryl hydrocarbon receptor agonists', 'Agonists of the aryl hydrocarbon receptor (AhR), a transcription factor that lowers Th2/Th17 inflammation and restores barrier proteins.', null, null),
('biologics', 'Monoclonal antibodies that block a single cytokine or cytokine receptor of the type 2 immune response.', null, null),
('antimetabolite immunosuppressants', 'Conventional systemic immunosuppressants that inhibit lymphocyte proliferation by interfering with nucleotide synthesis.', null, null);

insert into drug_class (name, description, parent_id, rank)
select c.name, c.description, p.id, c.rank
from (values
  ('topical corticosteroids', 'Corticosteroids applied to the skin, graded on a potency ladder (US classes 1-7, European groups I-IV).', 'corticosteroids', null::int),
  ('systemic corticosteroids', 'Oral or injected corticosteroids; used only short term for severe flares of atopic dermatitis.', 'corticosteroids', null),
  ('topical calcineurin inhibitors', 'Calcineurin inhibitors applied to the skin (tacrolimus ointment, pimecrolimus cream); steroid-sparing, useful on face and skin folds.', 'calcineurin inhibitors', null),
  ('systemic calcineurin inhibitors', 'Oral calcineurin inhibitors (cyclosporine) used as conventional systemic therapy.', 'calcineurin inhibitors', null),
  ('topical JAK inhibitors', 'JAK inhibitors applied to the skin as cream or ointment.', 'JAK inhibitors', null),
  ('oral JAK inhibitors', 'JAK inhibitors taken by mouth once daily for moderate-to-severe atopic dermatitis.', 'JAK inhibitors', null),
  ('topical PDE4 inhibitors', 'PDE4 inhibitors applied to the skin.', 'PDE4 inhibitors', null),
  ('anti-IL-4Rα antibodies', 'Antibodies against the IL-4 receptor alpha chain, which block both IL-4 and IL-13 signalling.', 'biologics', null),
  ('anti-IL-13 antibodies', 'Antibodies that neutralise interleukin-13.', 'biologics', null),
  ('anti-IL-31RA antibodies', 'Antibodies against the IL-31 receptor alpha, which block IL-31 itch signalling.', 'biologics', null)
) as c (name, description, parent, rank)
join drug_class p on p.name = c.parent;

insert into drug_class (name, description, parent_id, rank)
select c.name, c.description, p.id, c.rank
from (values
  ('super-high-potency topical corticosteroids', 'US class 1; European group IV (very potent). For example clobetasol propionate 0.05%.', 1),
  ('high-potency topical corticosteroids', 'US classes 2-3; European group III (potent). For example betamethasone dipropionate 0.05%.', 2),
  ('medium-potency topical corticosteroids', 'US classes 4-5; European group II (moderately potent). For example triamcinolone acetonide 0.1%.', 3),
  ('low-potency topical corticosteroids', 'US classes 6-7; European group I (mild). For example hydrocortisone 1%.', 4)
) as c (name, description, rank)
join drug_class p on p.name = 'topical corticosteroids';

insert into target (symbol, name, uniprot_id, kind, description) values
('IL4R', 'interleukin 4 receptor', 'P24394', 'CYTOKINE_RECEPTOR', 'IL-4 receptor alpha chain (IL-4Rα), shared by the type I (IL-4) and type II (IL-4 and IL-13) receptors.'),
('IL4', 'interleukin 4', 'P05112', 'CYTOKINE', 'Master type 2 cytokine: drives Th2 differentiation, IgE class switching and suppresses barrier proteins such as filaggrin.'),
('IL13', 'interleukin 13', 'P35225', 'CYTOKINE', 'Type 2 cytokine dominant in atopic dermatitis skin: drives inflammation, barrier dysfunction and itch.'),
('IL13RA1', 'interleukin 13 receptor subunit alpha 1', 'P78552', 'CYTOKINE_RECEPTOR', 'Pairs with IL-4Rα to form the type II receptor through which IL-13 and IL-4 signal.'),
('IL31', 'interleukin 31', 'Q6EBC2', 'CYTOKINE', 'The "itch cytokine": produced by Th2 cells, acts directly on sensory nerves.'),
('IL31RA', 'interleukin 31 receptor A', 'Q8NI17', 'CYTOKINE_RECEPTOR', 'IL-31 receptor alpha, on sensory neurons and keratinocytes; with OSMR it transmits IL-31 itch signals.'),
('OSMR', 'oncostatin M receptor', 'Q99650', 'CYTOKINE_RECEPTOR', 'Partner chain of IL-31RA in the IL-31 receptor.'),
('IL5', 'interleukin 5', 'P05113', 'CYTOKINE', 'Type 2 cytokine that recruits and activates eosinophils.'),
('IL5RA', 'interleukin 5 receptor subunit alpha', 'Q01344', 'CYTOKINE_RECEPTOR', 'IL-5 receptor alpha chain on eosinophils.'),
('JAK1', 'Janus kinase 1', 'P23458', 'KINASE', 'Tyrosine kinase that transmits signals of IL-4, IL-13, IL-31, IL-22 and interferon receptors to STAT proteins.'),
('JAK2', 'Janus kinase 2', 'O60674', 'KINASE', 'Tyrosine kinase used by IL-13, IL-31, IL-5, erythropoietin and thrombopoietin receptors.'),
('JAK3', 'Janus kinase 3', 'P52333', 'KINASE', 'Tyrosine kinase of the common gamma-chain cytokine receptors (IL-2, IL-4, IL-7, IL-15, IL-21).'),
('TYK2', 'tyrosine kinase 2', 'P29597', 'KINASE', 'Janus kinase of the IL-12, IL-23, IL-13 and type I interferon receptors.'),
('STAT6', 'signal transducer and activator of transcription 6', 'P42226', 'TRANSCRIPTION_FACTOR', 'Transcription factor activated by IL-4 and IL-13 receptors through JAKs.'),
('PPP3CA', 'protein phosphatase 3 catalytic subunit alpha', 'Q08209', 'PHOSPHATASE', 'Catalytic subunit of calcineurin, which dephosphorylates NFAT to switch on T-cell cytokine genes.'),
('FKBP1A', 'FKBP prolyl isomerase 1A', 'P62942', 'OTHER', 'FKBP12: the intracellular binding protein through which tacrolimus and pimecrolimus inhibit calcineurin.'),
('PPIA', 'peptidylprolyl isomerase A', 'P62937', 'OTHER', 'Cyclophilin A: the intracellular binding protein through which cyclosporine inhibits calcineurin.'),
('NR3C1', 'nuclear receptor subfamily 3 group C member 1', 'P04150', 'NUCLEAR_RECEPTOR', 'Glucocorticoid receptor: ligand-activated transcription factor mediating corticosteroid effects.'),
('PDE4B', 'phosphodiesterase 4B', 'Q07343', 'ENZYME', 'cAMP-degrading enzyme abundant in immune cells; its inhibition lowers inflammatory cytokine release.'),
('PDE4D', 'phosphodiesterase 4D', 'Q08499', 'ENZYME', 'cAMP-degrading enzyme of the PDE4 family.'),
('AHR', 'aryl hydrocarbon receptor', 'P35869', 'TRANSCRIPTION_FACTOR', 'Ligand-activated transcription factor that regulates skin barrier genes and dampens type 2 inflammation.'),
('DHFR', 'dihydrofolate reductase', 'P00374', 'ENZYME', 'Folate enzyme needed for nucleotide synthesis; inhibited by methotrexate.'),
('ATIC', '5-aminoimidazole-4-carboxamide ribonucleotide formyltransferase/IMP cyclohydrolase', 'P31939', 'ENZYME', 'Purine synthesis enzyme whose inhibition by methotrexate polyglutamates raises anti-inflammatory adenosine.'),
('IMPDH1', 'inosine monophosphate dehydrogenase 1', 'P20839', 'ENZYME', 'Rate-limiting enzyme of de novo guanine nucleotide synthesis.'),
('IMPDH2', 'inosine monophosphate dehydrogenase 2', 'P12268', 'ENZYME', 'Isoform of IMPDH induced in activated lymphocytes; main target of mycophenolic acid.'),
('PPAT', 'phosphoribosyl pyrophosphate amidotransferase', 'Q06203', 'ENZYME', 'First enzyme of de novo purine synthesis; inhibited by thiopurine metabolites of azathioprine.'),
('RAC1', 'Rac family small GTPase 1', 'P63000', 'OTHER', 'GTPase of T-cell co-stimulation; blocked by 6-thio-GTP, a metabolite of azathioprine, inducing T-cell apoptosis.');

insert into target_alias (target_id, alias)
select t.id, a.alias
from (values
  ('IL4R', 'IL-4Rα'), ('IL4R', 'IL-4R alpha'), ('IL4R', 'IL4RA'), ('IL4R', 'CD124'), ('IL4R', 'IL-4 receptor'),
  ('IL4', 'IL-4'), ('IL4', 'BSF-1'),
  ('IL13', 'IL-13'),
  ('IL13RA1', 'IL-13Rα1'), ('IL13RA1', 'CD213A1'),
  ('IL31', 'IL-31'),
  ('IL31RA', 'IL-31RA'), ('IL31RA', 'IL-31 receptor A'), ('IL31RA', 'GPL'), ('IL31RA', 'IL31R'),
  ('OSMR', 'OSMRβ'),
  ('IL5', 'IL-5'),
  ('IL5RA', 'IL-5Rα'), ('IL5RA', 'CD125'),
  ('JAK1', 'JAK-1'), ('JAK2', 'JAK-2'), ('JAK3', 'JAK-3'), ('TYK2', 'JTK1'),
  ('PPP3CA', 'calcineurin'), ('PPP3CA', 'calcineurin A alpha'), ('PPP3CA', 'CNA'),
  ('FKBP1A', 'FKBP12'), ('FKBP1A', 'FKBP-12'),
  ('PPIA', 'cyclophilin A'), ('PPIA', 'CYPA'),
  ('NR3C1', 'glucocorticoid receptor'), ('NR3C1', 'GR'), ('NR3C1', 'GCCR'),
  ('PDE4B', 'PDE4'), ('PDE4D', 'PDE4'),
  ('AHR', 'AhR'), ('AHR', 'aryl hydrocarbon receptor'),
  ('DHFR', 'dihydrofolate reductase'),
  ('IMPDH1', 'IMPDH'), ('IMPDH2', 'IMPDH')
) as a (symbol, alias)
join target t on t.symbol = a.symbol;

insert into pathway (code, name, description, source_id)
select p.code, p.name, p.description, s.id
from (values
  ('TH2_IL4_IL13', 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling',
   'IL-4 and IL-13 from Th2 cells and type 2 innate lymphoid cells signal through IL-4Rα receptors to suppress filaggrin and other barrier proteins, promote IgE class switching and recruit inflammatory cells; the master drivers of atopic dermatitis inflammation and barrier dysfunction.', 'gandhi-2016'),
  ('IL31_ITCH', 'IL-31 itch signalling',
   'IL-31, mainly from Th2 cells, binds the IL-31RA/OSMR receptor on sensory nerves and directly triggers itch, feeding the itch-scratch cycle that further damages the barrier.', 'weidinger-novak-2016'),
  ('IL5_EOSINOPHIL', 'IL-5 and eosinophil recruitment',
   'IL-5 recruits and activates eosinophils, which contribute to tissue inflammation in atopic dermatitis skin; no IL-5 blocker is approved for atopic dermatitis.', 'weidinger-novak-2016'),
  ('JAK_STAT', 'JAK-STAT cytokine signalling',
   'Cytokine receptors for IL-4, IL-13, IL-31, IL-22 and interferons signal inside the cell through Janus kinases (JAK1, JAK2, JAK3, TYK2) that activate STAT transcription factors, amplifying Th2 inflammation and itch.', 'brunner-2017'),
  ('CALCINEURIN_NFAT', 'T-cell activation: calcineurin-NFAT',
   'Antigen recognition raises calcium in T cells, activating calcineurin, which dephosphorylates NFAT so that it enters the nucleus and switches on IL-2 and other cytokine genes; blocking it dampens T-cell driven skin inflammation.', 'weidinger-novak-2016'),
  ('GLUCOCORTICOID_RECEPTOR', 'Glucocorticoid receptor signalling',
   'Corticosteroids activate the glucocorticoid receptor, which represses NF-kB and AP-1 driven inflammatory genes in many cell types: broad, non-specific suppression of skin inflammation.', 'weidinger-novak-2016'),
  ('PDE4_CAMP', 'PDE4 and cAMP in inflammatory cells',
   'PDE4 breaks down cyclic AMP in immune cells; low cAMP favours release of inflammatory cytokines, so PDE4 inhibition reduces inflammation.', 'weidinger-novak-2016'),
  ('AHR_SIGNALLING', 'Aryl hydrocarbon receptor signalling',
   'AhR activation in keratinocytes and immune cells increases filaggrin and other barrier proteins, has antioxidant effects and lowers Th2 and Th17 cytokines.', 'brunner-2017'),
  ('LYMPHOCYTE_PROLIFERATION', 'Lymphocyte proliferation: nucleotide synthesis',
   'Activated T and B cells depend on de novo purine and folate-dependent nucleotide synthesis; antimetabolites block it and so reduce lymphocyte expansion.', 'weidinger-novak-2016')
) as p (code, name, description, source_key)
join source s on s.key = p.source_key;

insert into pathway_target (pathway_id, target_id)
select p.id, t.id
from (values
  ('TH2_IL4_IL13', 'IL4'), ('TH2_IL4_IL13', 'IL13'), ('TH2_IL4_IL13', 'IL4R'), ('TH2_IL4_IL13', 'IL13RA1'), ('TH2_IL4_IL13', 'STAT6'),
  ('IL31_ITCH', 'IL31'), ('IL31_ITCH', 'IL31RA'), ('IL31_ITCH', 'OSMR'),
  ('IL5_EOSINOPHIL', 'IL5'), ('IL5_EOSINOPHIL', 'IL5RA'),
  ('JAK_STAT', 'JAK1'), ('JAK_STAT', 'JAK2'), ('JAK_STAT', 'JAK3'), ('JAK_STAT', 'TYK2'), ('JAK_STAT', 'STAT6'),
  ('CALCINEURIN_NFAT', 'PPP3CA'), ('CALCINEURIN_NFAT', 'FKBP1A'), ('CALCINEURIN_NFAT', 'PPIA'),
  ('GLUCOCORTICOID_RECEPTOR', 'NR3C1'),
  ('PDE4_CAMP', 'PDE4B'), ('PDE4_CAMP', 'PDE4D'),
  ('AHR_SIGNALLING', 'AHR'),
  ('LYMPHOCYTE_PROLIFERATION', 'DHFR'), ('LYMPHOCYTE_PROLIFERATION', 'ATIC'), ('LYMPHOCYTE_PROLIFERATION', 'IMPDH1'),
  ('LYMPHOCYTE_PROLIFERATION', 'IMPDH2'), ('LYMPHOCYTE_PROLIFERATION', 'PPAT'), ('LYMPHOCYTE_PROLIFERATION', 'RAC1')
) as pt (pathway, symbol)
join pathway p on p.code = pt.pathway
join target t on t.symbol = pt.symbol;

insert into lab_test (code, name, measures) values
('CBC', 'complete blood count with differential', 'Haemoglobin, white cells (neutrophils, lymphocytes) and platelets.'),
('LIPID_PANEL', 'lipid panel', 'Total, LDL and HDL cholesterol and triglycerides.'),
('LIVER_FUNCTION', 'liver function tests', 'Liver enzymes (ALT, AST) and bilirubin.'),
('RENAL_FUNCTION', 'renal function', 'Serum creatinine, urea and estimated glomerular filtration rate.'),
('BLOOD_PRESSURE', 'blood pressure', 'Systolic and diastolic blood pressure.'),
('TB_SCREENING', 'tuberculosis screening', 'Latent or active tuberculosis: interferon-gamma release assay or tuberculin skin test, with chest X-ray if positive.'),
('HEPATITIS_B', 'hepatitis B serology', 'HBsAg, anti-HBc and anti-HBs: current or past hepatitis B infection.'),
('HEPATITIS_C', 'hepatitis C serology', 'Anti-HCV antibodies (with HCV RNA if positive).'),
('HIV', 'HIV test', 'HIV-1/2 antibodies and antigen.'),
('TPMT', 'TPMT activity or genotype', 'Thiopurine S-methyltransferase (and NUDT15) activity or genotype, predicting thiopurine toxicity.'),
('PREGNANCY_TEST', 'pregnancy test', 'Serum or urine hCG in people who can become pregnant.'),
('ELECTROLYTES', 'electrolytes (potassium, magnesium)', 'Serum potassium and magnesium.'),
('URIC_ACID', 'serum uric acid', 'Serum urate.'),
('CREATINE_KINASE', 'creatine phosphokinase', 'Serum creatine kinase (CPK), a muscle-injury marker.'),
('GLUCOSE', 'blood glucose', 'Fasting glucose or HbA1c.'),
('URINALYSIS', 'urinalysis', 'Protein, blood and glucose in urine.'),
('SKIN_EXAM', 'skin examination', 'Full skin examination for skin cancer.'),
('EYE_EXAM', 'eye examination', 'Ophthalmological examination for cataract, glaucoma or conjunctivitis.'),
('VZV_SEROLOGY', 'varicella zoster serology', 'Immunity to varicella zoster virus.');
