import type { EntityManager } from '@mikro-orm/sql';
import { Seeder } from '@mikro-orm/seeder';
import { seedDemoAccounts } from './demo/accounts.seed.js';
import { seedGeography } from './demo/geography.seed.js';
import { seedHoChiMinhCityAgreements } from './demo/ho-chi-minh-city-agreements.seed.js';
import { seedOldWardAgreements } from './demo/old-ward-agreements.seed.js';
import { seedMonthlyFigures } from './demo/monthly-figures.seed.js';
import { seedLaunchCampaign2020 } from './demo/launch-campaign-2020.seed.js';
import { seedReferenceHistory } from './demo/reference-history.seed.js';
import { seedHoChiMinhCityTargets2024 } from './demo/targets-2024.seed.js';

/**
 * Demo data for the embedded database; never run against production. Public facts (units,
 * codes, names, targets, campaign figures, Ho Chi Minh City's units before 2025 with their real
 * mapping and today's seats and populations) plus agreements made up to show every status, and
 * made-up agreements of 2023–2024 on a handful of the old units, so re-signing has rows to show.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const geography = seedGeography(em);
    const hoChiMinhCityWards = [...geography.wards.values()].filter(
      (ward) => ward.province === geography.current.get('79'),
    );
    const city = seedHoChiMinhCityAgreements(em, geography.current.get('79')!, hoChiMinhCityWards);
    seedHoChiMinhCityTargets2024(em, geography.before2025.get('79')!);
    seedMonthlyFigures(em, geography.before2025.get('79')!, geography.current.get('79')!);
    seedLaunchCampaign2020(em, geography.before2025);
    await seedDemoAccounts(em, city);
    // The imports read what is stored, so everything above is written first.
    await em.flush();
    await seedReferenceHistory(em);
    // Made-up agreements on some of the old units that import created.
    await seedOldWardAgreements(em);
  }
}
