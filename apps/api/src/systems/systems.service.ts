import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { minimumGroupSizeProblem } from '@stewardship/domain';
import { Repository } from 'typeorm';
import { FieldErrors } from '../common/errors';
import { SystemEntity } from './system.entity';

/** The systems table: one row per ICS, the tenant. Settings that every figure of a system obeys live here. */
@Injectable()
export class SystemsService {
  constructor(@InjectRepository(SystemEntity) private readonly systems: Repository<SystemEntity>) {}

  get(id: string): Promise<SystemEntity> {
    return this.systems.findOneByOrFail({ id });
  }

  async minimumGroupSize(id: string): Promise<number> {
    return (await this.get(id)).minimumGroupSize;
  }

  async setMinimumGroupSize(id: string, size: number): Promise<number> {
    const errors = new FieldErrors();
    errors.add('size', minimumGroupSizeProblem(size));
    errors.throwIfAny();
    await this.systems.update({ id }, { minimumGroupSize: size });
    return size;
  }
}
