import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadOptionalReference, loadReference } from '../../db/load-reference.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { Target } from './target.entity.js';

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The provincial unit the target is for, if it is one.',
  })
  province(@Root() target: Target): Promise<Province | null> {
    return loadOptionalReference(target.province);
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward the target is for, if it is one.' })
  ward(@Root() target: Target): Promise<Ward | null> {
    return loadOptionalReference(target.ward);
  }

  @FieldResolver(() => Publication, { description: 'Where the target was published.' })
  source(@Root() target: Target): Promise<Publication> {
    return loadReference(target.source);
  }
}
