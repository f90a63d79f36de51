import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadOptionalReference, loadReference } from '../../db/load-reference.js';
import { Campaign } from './campaign.entity.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { Publication } from './publication.entity.js';

@Resolver(() => ParticipationFigure)
export class ParticipationFigureResolver {
  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The provincial unit counted, as it was at the time; null for a ward or the whole country.',
  })
  province(@Root() figure: ParticipationFigure): Promise<Province | null> {
    return loadOptionalReference(figure.province);
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward counted; null for a province or the country.' })
  ward(@Root() figure: ParticipationFigure): Promise<Ward | null> {
    return loadOptionalReference(figure.ward);
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign the figure was recorded for, if any.' })
  campaign(@Root() figure: ParticipationFigure): Promise<Campaign | null> {
    return loadOptionalReference(figure.campaign);
  }

  @FieldResolver(() => Publication, { description: 'Where the figure was published.' })
  source(@Root() figure: ParticipationFigure): Promise<Publication> {
    return loadReference(figure.source);
  }
}
